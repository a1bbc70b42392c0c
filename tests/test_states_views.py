"""A state made by a factory without a dim that a view then splits out of its first dim
(`x.new_zeros(layers, B, H).view(layers, directions, B, H)`, bug_105): the view states the
layout every caller's state has, so the finding goes on the factory call, with the view where
torch raises as a note. A view that is wrong some other way stays where it is. torch is the
oracle for each case."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

TEMPLATE = '''import torch
import torch.nn as nn


class BiCells(nn.Module):
    def __init__(self, size, hidden, layers=3):
        super().__init__()
        self.hidden = hidden
        self.layers = layers
        self.directions = 2
        self.cells = nn.ModuleList([nn.LSTMCell(size, hidden) for _ in range(2)])

    def forward(self, x):
        batch = x.size(1)
        h = FACTORY
        h = h.view(VIEW)
        return self.cells[0](x[0], (h[0, 0], h[0, 1]))


def run():
    return BiCells(4, 6)(torch.randn(5, 3, 4))
'''

FACTORY_LINE = 15
VIEW_LINE = 16

CASES = [
    # (the factory, the view, where the finding goes, or None when torch runs it)
    ("x.new_zeros(self.layers, batch, self.hidden)", "self.layers, self.directions, batch, self.hidden",
     FACTORY_LINE),
    ("torch.zeros(self.layers, batch, self.hidden)", "self.layers, 2, batch, self.hidden", FACTORY_LINE),
    ("x.new_zeros(self.layers * self.directions, batch, self.hidden)",
     "self.layers, self.directions, batch, self.hidden", None),
    # not a dim split out of the first: the view is what is wrong
    ("torch.zeros(self.layers, batch, self.hidden)", "2, self.layers, batch, self.hidden", VIEW_LINE),
]


@pytest.mark.parametrize("factory,view,line", CASES)
def test_a_factory_without_the_split_dim_is_reported_at_the_factory(factory, view, line):
    source = TEMPLATE.replace("FACTORY", factory).replace("VIEW", view)
    raised = run_case(source)[0]
    assert (raised is not None) == (line is not None), raised
    findings = [f for f in check_source(source, "bicells.py") if f.code == "LC009"]
    if line is None:
        assert findings == []
        return
    assert "is invalid for input of size" in str(raised)
    assert [f.location.line for f in findings] == [line], findings
    if line == FACTORY_LINE:
        assert any(r.location.line == VIEW_LINE and "torch raises here" in r.message
                   for r in findings[0].related)


LOOKALIKE = '''import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, layers=2, hidden=6):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.encoder = nn.LSTM(4, hidden, layers, bidirectional=True, batch_first=True)
        self.decoder = nn.LSTM(4, 2 * hidden, layers, batch_first=True)

    def forward(self, src, trg):
        batch = src.size(0)
        _, (h, c) = self.encoder(src)
        h = h.view(self.layers, 2, batch, self.hidden)
        c = c.view(self.layers, 2, batch, self.hidden)
        h = torch.cat([h[:, 0], h[:, 1]], dim=2)
        c = torch.cat([c[:, 0], c[:, 1]], dim=2)
        return self.decoder(trg, (h, c))[0]


def run():
    return Seq2Seq()(torch.randn(3, 5, 4), torch.randn(3, 2, 4))
'''


def test_an_encoder_state_viewed_by_directions_is_left_alone():
    """The common correct form (real seq2seq encoders): h_n of a bidirectional layer viewed as
    (layers, 2, B, H) and its directions joined for the decoder."""
    assert run_case(LOOKALIKE)[0] is None
    assert [f for f in check_source(LOOKALIKE, "seq2seq.py") if f.code == "LC009"] == []
