"""A head fed a tensor whose features are a dim of 1 an op inserted (`torch.unsqueeze(h[0][-1],
dim=1)` of a GRU's state read as an LSTM's pair): LC007 is reported at that op, the line a
person changes, with the head as a note, not at the head's in_features. torch decides."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

# d2l's attention decoder after its switch from LSTM to GRU (the query still read as the
# first item of an LSTM's (h, c) pair).
QUERY = '''import torch
from torch import nn


class AttentionDecoder(nn.Module):
    def __init__(self, vocab_size=10, embed_size=8, num_hiddens=16, num_layers=2):
        super().__init__()
        self.W_q = nn.Linear(num_hiddens, num_hiddens, bias=False)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = nn.GRU(embed_size, num_hiddens, num_layers)

    def forward(self, X):
        X = self.embedding(X).permute(1, 0, 2)
        outputs, hidden_state = self.rnn(X)
        query = torch.unsqueeze(QUERY_ROW, dim=1)
        return self.W_q(query)


def run():
    AttentionDecoder()(torch.zeros((4, 7), dtype=torch.long))
'''

# A classifier over a GRU's final state that indexes one row too many.
LAST = '''import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, n_features=6, hidden=12, n_classes=3):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, x):
        out, h_n = self.gru(x)
        last = LAST_ROW.unsqueeze(UNSQUEEZED)
        return self.fc(last)


def run():
    Classifier()(torch.randn(5, 9, 6))
'''


@pytest.mark.parametrize("source,fix_text", [
    (QUERY.replace("QUERY_ROW", "hidden_state[0][-1]"), "query = torch.unsqueeze"),
    (QUERY.replace("QUERY_ROW", "hidden_state[-1]"), None),
    (LAST.replace("LAST_ROW", "h_n[-1][-1]").replace("UNSQUEEZED", "1"), "last = h_n"),
    (LAST.replace("LAST_ROW", "h_n[-1]").replace("UNSQUEEZED", "1"), None),
])
def test_features_a_dim_of_one(source, fix_text):
    raised = run_case(source)[0]
    errors = [f for f in check_source(source, "case.py") if f.code == "LC007" and f.severity == "error"]
    assert (raised is not None) == (fix_text is not None), raised
    if fix_text is None:
        assert errors == []
        return
    line = next(i for i, row in enumerate(source.splitlines(), 1) if fix_text in row)
    head = next(i for i, row in enumerate(source.splitlines(), 1) if "nn.Linear(" in row)
    (found,) = errors
    assert found.location.line == line
    assert "a dim of 1" in found.message and f"at line {head}" in found.message
    assert any(r.location.line == head for r in found.related)
    assert found.fix is None or found.fix.edits == ()
