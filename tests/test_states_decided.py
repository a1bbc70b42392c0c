"""A state wrong in a dim that an earlier op decided and later ops only carried: a learnable
starter `nn.Parameter(torch.randn(1, 1, H))` expanded over the batch for a 3-layer GRU
(bug_060), a cat of a bidirectional encoder's last rows viewed into a layer dim for a decoder
of half that size (bug_087). The finding goes where the dim was decided, the state's own op as
a note. torch is the oracle for each case."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

STARTER = '''import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, layers):
        super().__init__()
        self.rnn = nn.GRU(4, 6, num_layers=layers, batch_first=True)
        self.starter = nn.Parameter(torch.randn(ROWS, 1, 6))

    def forward(self, x):
        h0 = torch.tanh(self.starter.SPREAD.contiguous())
        out, _ = self.rnn(x, h0)
        return out


def run():
    return Encoder(3)(torch.randn(5, 7, 4))
'''

BRIDGE = '''import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.GRU(4, 8, bidirectional=True)
        self.decoder = nn.GRU(5, DECODER)

    def forward(self, src, trg):
        _, h_n = self.encoder(src)
        h = torch.cat((h_n[-2], h_n[-1]), 1)
        out, _ = self.decoder(trg, h.view(1, h.size(0), h.size(1)))
        return out


def run():
    return Seq2Seq()(torch.randn(6, 3, 4), torch.randn(2, 3, 5))
'''

FOLDED = '''import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, hidden, layers):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.encoder = nn.GRU(3, hidden, layers, bidirectional=True)
        self.decoder = nn.GRU(3, 2 * hidden, layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = h.view(self.layers, -1, self.hidden)
        return self.decoder(tgt, h)[0]


def run():
    return Model(6, 2)(torch.randn(5, 3, 3), torch.randn(2, 3, 3))
'''

CASES = [
    # (source, the line the finding goes on, or None when torch runs it)
    (STARTER.replace("ROWS", "1").replace("SPREAD", "expand(-1, x.size(0), -1)"), 9),
    (STARTER.replace("ROWS", "1").replace("SPREAD", "repeat(1, x.size(0), 1)"), 9),
    (STARTER.replace("ROWS", "3").replace("SPREAD", "expand(-1, x.size(0), -1)"), None),
    (BRIDGE.replace("DECODER", "8"), 13),
    (BRIDGE.replace("DECODER", "16"), None),
    # a view that moves elements between dims decides its dims itself, even one it keeps in size
    (FOLDED, 14),
]


@pytest.mark.parametrize("source,line", CASES)
def test_the_finding_goes_where_the_wrong_dim_is_decided(source, line):
    raised = run_case(source)[0]
    assert (raised is not None) == (line is not None), raised
    findings = [f for f in check_source(source, "model.py") if f.code == "LC009"]
    if line is None:
        assert findings == []
        return
    assert "Expected hidden size" in str(raised)
    assert [f.location.line for f in findings] == [line], findings
    assert findings[0].severity == "error"
    assert ("kept by the ops since" in findings[0].message) == (source is not FOLDED)
