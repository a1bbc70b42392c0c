"""Directions a view made rows stay rows through the ops that keep rows (transpose, permute,
contiguous, squeeze, unsqueeze, a batched product: flow/ops.py `folded_kept`): a head sized
for one direction after them gets LC007's warning at its in_features, as right after the view.
torch decides each case (the rows fail where a loss meets the labels); the correct twins part
the directions with an added dim, or are not bidirectional, and get nothing."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

# Shaped after attention-bilstm-for-relation-classification: the encoder output and final
# state viewed with hidden_dim, the attention as two bmm's, the classifier after them.
ATTENTION = '''import torch
import torch.nn as nn
import torch.nn.functional as F


class AttentionBiLSTM(nn.Module):
    def __init__(self, vocab_size=50, embedding_dim=12, hidden_dim=16, num_classes=3, bidirectional=True):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.encoder = nn.LSTM(embedding_dim, hidden_dim, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def attend(self, encoder_out, final_hidden):
        weights = torch.bmm(encoder_out, final_hidden.unsqueeze(2)).squeeze(2)
        weights = F.softmax(weights, 1)
        return torch.bmm(encoder_out.transpose(1, 2), weights.unsqueeze(2)).squeeze(2)

    def forward(self, sequence):
        output, (hn, cn) = self.encoder(self.embedding(sequence))
        encoder_out = ENCODER_OUT
        final_hidden = FINAL_HIDDEN
        return self.fc(self.attend(encoder_out, final_hidden))


def run():
    model = AttentionBiLSTM(bidirectional=BIDIRECTIONAL)
    labels = torch.randint(0, 3, (4,))
    F.cross_entropy(model(torch.randint(0, 50, (9, 4))), labels)
'''

FOLDED = ("output.view(output.size(0), -1, self.hidden_dim).permute(1, 0, 2)",
          "hn.view(-1, self.hidden_dim)")
# the documented way: a dim for the directions, then their sum
PARTED = ("output.view(output.size(0), output.size(1), -1, self.hidden_dim).sum(2).permute(1, 0, 2)",
          "hn.view(-1, 2, hn.size(1), self.hidden_dim)[-1].sum(0)")


def _warnings_at(source: str, text: str) -> list:
    line = next(i for i, row in enumerate(source.splitlines(), 1) if text in row)
    return [f for f in check_source(source, "case.py") if f.code == "LC007" and f.location.line == line]


@pytest.mark.parametrize("bidirectional", [True, False])
def test_attention_over_directions_viewed_as_rows(bidirectional):
    source = ATTENTION.replace("ENCODER_OUT", FOLDED[0]).replace("FINAL_HIDDEN", FOLDED[1]) \
        .replace("BIDIRECTIONAL", str(bidirectional))
    raised = run_case(source)[0]
    findings = list(check_source(source, "case.py"))
    if raised is None:
        assert not bidirectional and findings == [], [f.message for f in findings]
        return
    assert bidirectional and "batch_size" in str(raised)
    (found,) = _warnings_at(source, "self.fc = nn.Linear(hidden_dim, num_classes)")
    assert found.severity == "warning"
    assert "view at line 21 turns the two directions" in found.message
    assert [f for f in findings if f.severity == "error"] == []


def test_directions_parted_by_a_dim_are_not_rows():
    source = ATTENTION.replace("ENCODER_OUT", PARTED[0]).replace("FINAL_HIDDEN", PARTED[1]) \
        .replace("BIDIRECTIONAL", "True")
    assert run_case(source)[0] is None
    assert list(check_source(source, "case.py")) == []


# A sequence-first tagger whose bidirectional output is viewed one direction wide, then
# made batch-first: the tag scores have twice the rows of the tags.
TAGGER = '''import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self, emb=10, hidden=8, tags=5):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.GRU(emb, hidden, bidirectional=True)
        self.tag = nn.Linear(HEAD, tags)

    def forward(self, x):
        steps = x.size(0)
        out, _ = self.rnn(x)
        out = out.view(steps, -1, WIDTH).transpose(0, 1).contiguous()
        return self.tag(out)


def run():
    scores = Tagger()(torch.randn(7, 3, 10))
    tags = torch.randint(0, 5, (3, 7))
    F.cross_entropy(scores.reshape(-1, 5), tags.reshape(-1))
'''


@pytest.mark.parametrize("head,width", [("hidden", "self.hidden"), ("2 * hidden", "2 * self.hidden")])
def test_tagger_rows_after_a_transpose(head, width):
    source = TAGGER.replace("HEAD", head).replace("WIDTH", width)
    raised = run_case(source)[0]
    findings = list(check_source(source, "case.py"))
    if raised is None:
        assert findings == [], [f.message for f in findings]
        return
    (found,) = _warnings_at(source, "self.tag = nn.Linear(hidden, tags)")
    assert "view at line 16" in found.message and "into rows" in found.message
