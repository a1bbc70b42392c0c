"""`h_n.squeeze(0)` of a 2-layer LSTM leaves (2, B, H): a head over it gives (2, B, C) logits,
and cross_entropy against (B,) labels fails on the batch. The finding goes on the squeeze, the
line to change (new-user trial: listed in docs/findings.md, yet missed through a head)."""

from __future__ import annotations

import pytest

from lstmcheck.lint.engine import check_source

SOURCE = """
import torch
import torch.nn as nn
import torch.nn.functional as F

lstm = nn.LSTM(8, 64, num_layers=LAYERS, batch_first=True)
head = nn.Linear(64, 3)
x = torch.randn(16, 30, 8)
y = torch.randint(0, 3, (16,))
out, (h_n, c_n) = lstm(x)
feat = h_n.squeeze(0)
loss = F.cross_entropy(head(feat), y)
"""


def _run(source: str) -> BaseException | None:
    try:
        exec(compile(source, "<squeezed>", "exec"), {})
    except Exception as exc:  # noqa: BLE001 - torch is the oracle
        return exc
    return None


def test_a_squeezed_two_layer_state_through_a_head_into_a_loss():
    source = SOURCE.replace("LAYERS", "2")
    raised = _run(source)
    assert isinstance(raised, ValueError) and "match target batch_size" in str(raised)
    (finding,) = [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC007"]
    assert finding.severity == "error" and finding.location.line == 11
    assert "2-layer nn.LSTM" in finding.message and "F.cross_entropy" in finding.message


@pytest.mark.parametrize("change", [("LAYERS", "1"), ("h_n.squeeze(0)", "h_n[-1]")])
def test_one_layer_or_the_last_layer_is_silent(change):
    source = SOURCE.replace(*change).replace("LAYERS", "2")
    assert _run(source) is None
    assert not [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC007"]
