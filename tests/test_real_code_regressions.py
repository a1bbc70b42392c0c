"""Patterns from real packages' code that once cost the linter precision or time."""

from __future__ import annotations

import time

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.extract import extract

LADDER_RUNGS = 40


def _elif_ladder() -> str:
    """flair's legacy embeddings: a parameter rebound in every branch of a long elif ladder
    whose tests read that same parameter."""
    rungs = "".join(
        f"        {'if' if i == 0 else 'elif'} model.lower() == 'name-{i}' or model == 'n{i}':\n"
        f"            model = cached('path-{i}')\n" for i in range(LADDER_RUNGS))
    return ("import torch.nn as nn\n\n\ndef cached(path):\n    return path\n\n\n"
            "class Embeddings(nn.Module):\n    def __init__(self, model):\n"
            "        super().__init__()\n" + rungs +
            "        self.name = str(model)\n        self.rnn = nn.LSTM(10, 20)\n\n\n"
            "embeddings = Embeddings('name-3')\n")


def test_a_long_elif_ladder_on_a_rebound_parameter_is_checked_promptly() -> None:
    # took longer than the 120 s time limit before each test's truth was remembered per
    # configuration; a generous bound, far below that, tells the two apart on a busy machine
    started = time.monotonic()
    facts = extract(_elif_ladder(), "legacy.py")
    assert time.monotonic() - started < 20
    assert [c.constructor for c in facts.calls] == ["LSTM"]


NEMO = """\
import torch.nn as nn


class RNNEncoder(nn.Module):
    def __init__(self, feat_in: int, d_model: int, proj_size: int = -1,
                 bidirectional: bool = True):
        super().__init__()
        rnn_proj_size = proj_size // 2 if bidirectional else proj_size
        self.rnn = nn.LSTM(input_size=feat_in, hidden_size=d_model, batch_first=True,
                           bidirectional=bidirectional, proj_size=rnn_proj_size)
"""


def test_a_placeholder_default_that_no_call_passes_is_a_warning_not_an_error() -> None:
    """nemo's RNN encoder: proj_size=-1 is a placeholder every caller replaces; torch would
    refuse it, but no call in the file builds the class with it."""
    torch = pytest.importorskip("torch")
    with pytest.raises(ValueError, match="proj_size should be a positive integer"):
        torch.nn.LSTM(4, 8, proj_size=-1 // 2)
    findings = check_source(NEMO.encode(), "rnn_encoder.py").findings
    assert findings and {f.severity for f in findings} == {"warning"}
    assert all(f.code == "LC005" for f in findings)
    built = NEMO + "\n\nencoder = RNNEncoder(80, 64, proj_size=-1)\n"
    assert "error" in {f.severity for f in check_source(built.encode(), "m.py").findings}


STACKED = """\
import torch
import torch.nn as nn


class Stacked(nn.Module):
    def __init__(self, n_in=10, h=20):
        super().__init__()
        self.first = nn.GRU(n_in, h, bidirectional=True)
        self.second = nn.GRU(h, h)

    def forward(self, x):
        out, _ = self.first(x)
        return self.second(out)


model = Stacked()
"""


def test_a_fix_keeps_the_codes_names_when_a_site_fixes_the_numbers(tmp_path) -> None:
    """A new-user trial: with `Stacked()` built in the file, the flow knows h = 20 and the fix
    wrote nn.GRU(40, h), which breaks Stacked(h=32). The fix must hold for every h."""
    torch = pytest.importorskip("torch")
    from lstmcheck.fixes.apply import apply_edits

    (finding,) = [f for f in check_source(STACKED.encode(), "m.py").findings if f.fix]
    assert [e.text for e in finding.fix.edits] == ["2 * h"]
    fixed = apply_edits(STACKED, finding.fix.edits)
    namespace: dict = {}
    exec(compile(fixed, "fixed.py", "exec"), namespace)  # the test's own code
    for h in (20, 32):
        namespace["Stacked"](h=h)(torch.randn(7, 3, 10))
