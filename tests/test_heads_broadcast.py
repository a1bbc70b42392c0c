"""A recurrent result meeting another tensor in an elementwise operation it cannot broadcast
with (LC007, lint/rules/broadcasts.py).

The pattern in real reports: a bidirectional layer's 2*H features multiplied with, or added to,
a tensor sized for one direction:
- LeonYang95/PLELog#18: `represents = hiddens * sent_probs` in the attention GRU, "The size of
  tensor a (200) must match the size of tensor b (100) at non-singleton dimension 2"; the
  maintainer: bidirectional doubles the hidden states, and whatever was sized from the hidden
  size alone no longer lines up (the gate here, sized by a Linear);
- asteroid-team/asteroid#146 (bidirectional residual RNN): a residual `x + rnn_out` around a
  bidirectional layer has H features against 2*H; the merged fix doubles the input,
  `torch.cat([x, x], dim=-1) + dropped_out`;
- gabrielloye/Attention_Seq2seq-Translation#6 (tests/realbugs/bug_107): a two-layer state used
  whole as the attention query, `fc_hidden(hidden[0]) + fc_encoder(encoder_outputs)`: the
  layers meet the samples, through the Linear applied to each (AuCson/PyTorch-Batch-Attention-
  Seq2seq#7 is the same query, (layers*directions, B, H), repeated over the steps).
torch is the oracle: each marked model raises torch's broadcast error in a forward pass, and
each correct one runs.
"""

from __future__ import annotations

import textwrap

import pytest
import torch

from lstmcheck.lint.engine import check_source

RESIDUAL = """
import torch
import torch.nn as nn


class ResidualBiLSTM(nn.Module):
    def __init__(self, size):
        super().__init__()
        self.lstm = nn.LSTM(size, size, batch_first=True, bidirectional=True)

    def forward(self, x):
        out, _ = self.lstm(x)
        return x + out  # mark


def run():
    return ResidualBiLSTM(8)(torch.randn(2, 5, 8))
"""

GATED = """
import torch
import torch.nn as nn


class AttGRU(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.atten = nn.Linear(emb, hidden)
        self.proj = nn.Linear(2 * hidden, 2)

    def forward(self, words):
        embed = self.embed(words)
        hiddens, _ = self.rnn(embed)
        sent_probs = torch.sigmoid(self.atten(embed))
        represents = hiddens * sent_probs  # mark
        return self.proj(represents.sum(dim=1))


def run():
    return AttGRU(40, 12, 8)(torch.randint(0, 40, (4, 10)))
"""

METHOD = GATED.replace("hiddens * sent_probs", "hiddens.mul(sent_probs)")
# Sizes the file does not show: 2*hidden against hidden, apart unless hidden is 1 (a warning).
UNSEEN_SIZES = GATED.replace("AttGRU(40, 12, 8)", "AttGRU(*[int(n) for n in '40 12 8'.split()])")

# Correct look-alikes.
RESIDUAL_DOUBLED = RESIDUAL.replace("return x + out  # mark", "return torch.cat([x, x], dim=-1) + out")
GATED_BOTH = GATED.replace("nn.Linear(emb, hidden)", "nn.Linear(emb, 2 * hidden)").replace("  # mark", "")
MASKED = """
import torch
import torch.nn as nn


class Masked(nn.Module):
    def __init__(self, size):
        super().__init__()
        self.lstm = nn.LSTM(size, size, batch_first=True, bidirectional=True)

    def forward(self, x, mask):
        out, _ = self.lstm(x)
        return out * mask.unsqueeze(-1)


def run():
    return Masked(8)(torch.randn(2, 5, 8), torch.ones(2, 5))
"""
ONE_WAY = RESIDUAL.replace(", bidirectional=True", "").replace("  # mark", "")
ATTENTION_WEIGHTS = """
import torch
import torch.nn as nn
import torch.nn.functional as F


class Pooled(nn.Module):
    def __init__(self, size, hidden):
        super().__init__()
        self.gru = nn.GRU(size, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        weights = F.softmax(self.score(out), dim=1)
        return (out * weights).sum(dim=1)


def run():
    return Pooled(6, 8)(torch.randn(3, 7, 6))
"""

QUERY = """
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, hidden, n_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, n_layers, batch_first=True)

    def forward(self, inputs):
        return self.lstm(self.embedding(inputs))


class Attention(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.fc_hidden = nn.Linear(hidden, hidden, bias=False)
        self.fc_encoder = nn.Linear(hidden, hidden, bias=False)

    def forward(self, hidden, encoder_outputs):
        return torch.tanh(self.fc_hidden(hidden[0]) + self.fc_encoder(encoder_outputs))  # mark


def run():
    encoder = Encoder(100, 16, 2)
    encoder_outputs, hidden = encoder(torch.randint(0, 100, (3, 5)))
    return Attention(16)(hidden, encoder_outputs)
"""
QUERY_LAST_LAYER = QUERY.replace("self.fc_hidden(hidden[0])", "self.fc_hidden(hidden[0][-1]).unsqueeze(1)").replace(
    "  # mark", "")
QUERY_ONE_SENTENCE = QUERY.replace("Encoder(100, 16, 2)", "Encoder(100, 16, 1)").replace(
    "(3, 5)", "(1, 5)").replace("  # mark", "")

CASES = {
    "residual around a bidirectional LSTM": (RESIDUAL, "error"),
    "gate sized for one direction": (GATED, "error"),
    "gate sized for one direction, .mul": (METHOD, "error"),
    "gate sized for one direction, sizes unseen": (UNSEEN_SIZES, "warning"),
    "residual doubled": (RESIDUAL_DOUBLED, None),
    "gate sized for both": (GATED_BOTH, None),
    "mask unsqueezed": (MASKED, None),
    "one-way residual": (ONE_WAY, None),
    "attention weights of one feature": (ATTENTION_WEIGHTS, None),
    "two-layer state as the query": (QUERY, "error"),
    "the last layer as the query": (QUERY_LAST_LAYER, None),
    "one layer, one sentence": (QUERY_ONE_SENTENCE, None),
}


def _raises_broadcast(source: str) -> bool:
    namespace: dict = {}
    exec(compile(textwrap.dedent(source), "<case>", "exec"), namespace)  # our own test source
    try:
        namespace["run"]()
    except RuntimeError as error:
        assert "must match the size of tensor b" in str(error), error
        return True
    return False


@pytest.mark.parametrize("case", list(CASES))
def test_elementwise_meeting(case):
    source, severity = CASES[case]
    assert _raises_broadcast(source) == (severity is not None), case  # torch decides
    result = check_source(textwrap.dedent(source).encode(), "case.py")
    findings = [f for f in result.findings if f.code == "LC007"]
    if severity is None:
        assert findings == [], [f.message for f in findings]
        return
    line = next(k for k, text in enumerate(textwrap.dedent(source).splitlines(), 1) if "# mark" in text)
    assert [(f.location.line, f.severity) for f in findings] == [(line, severity)]
    assert "do not broadcast" in findings[0].message
    cause = "read the last layer" if source is QUERY else "size it for both"
    assert cause in findings[0].message  # the cause named: several layers, or both directions
