"""A loop's second iteration: the body is walked again with what the first bound (the ids a
greedy decoder picked, the states a layer returned). torch is the oracle: each case runs, and
LC009 is reported exactly when torch raises; the feeds of the second step carry the shapes
torch hands the layer there."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from lstmcheck.lint.extract import extract
from tests.torch_oracle import run_case, states_torch_sees

# A greedy sampler: the first step's input is made before the loop, the next ones from what
# the step before picked. `PICK` and `STEP` vary per case.
SAMPLER = '''import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab, embed, hidden, layers):
        super().__init__()
        self.embed = nn.Embedding(vocab, embed)
        self.lstm = nn.LSTM(embed, hidden, layers, batch_first=True)
        self.linear = nn.Linear(hidden, vocab)

    def sample(self, features, steps=4):
        ids = []
        states = None
        inputs = features.unsqueeze(1)
        for i in range(steps):
            hiddens, states = self.lstm(inputs, states)
            outputs = self.linear(hiddens.squeeze(1))
            predicted = PICK
            ids.append(predicted)
            inputs = STEP
        return ids


def run():
    decoder = Decoder(40, 16, 24, 2)
    decoder.sample(torch.randn(3, 16))
'''

CASES = [
    ("outputs.max(1)[1]", "self.embed(predicted)"),  # (B,) -> (B, E): 2-D from the second step
    ("outputs.max(1)[1]", "self.embed(predicted).unsqueeze(1)"),
    ("outputs.argmax(1)", "self.embed(predicted).unsqueeze(1)"),
    ("outputs.argmax(dim=1)", "self.embed(predicted)"),
    ("outputs.topk(1)[1]", "self.embed(predicted)"),  # (B, 1) -> (B, 1, E): fits
    ("outputs.topk(1, dim=1)[1].squeeze(1)", "self.embed(predicted)"),
    ("outputs.max(dim=1)[1]", "self.embed(predicted).view(3, 1, -1)"),
]


def _source(pick: str, step: str) -> str:
    return SAMPLER.replace("PICK", pick).replace("STEP", step)


@pytest.mark.parametrize("pick,step", CASES)
def test_the_second_step_is_judged_as_torch_runs_it(pick, step):
    source = _source(pick, step)
    raised = run_case(source)[0] is not None
    findings = [f for f in check_source(source, "sampler.py") if f.code == "LC009"]
    assert bool(findings) == raised, (pick, step, findings)
    assert all(f.severity == "error" for f in findings)


def test_the_second_step_feed_has_the_shapes_torch_sees():
    source = _source("outputs.max(1)[1]", "self.embed(predicted).unsqueeze(1)")
    seen, raised = states_torch_sees(source, "run")
    assert not raised and seen == [(2, 3, 24)] * 3  # the first step has no states
    lstm_line = source.splitlines().index("            hiddens, states = self.lstm(inputs, states)") + 1
    inputs = {tuple(d.value for d in f.input.dims) for f in extract(source, "sampler.py").feeds
              if f.location.line == lstm_line and f.input is not None and f.input.dims is not None}
    states = {tuple(d.value for d in f.states[0].dims) for f in extract(source, "sampler.py").feeds
              if f.location.line == lstm_line and f.states and f.states[0] is not None}
    assert inputs == {(3, 1, 16)} and states == {(2, 3, 24)}


CELL = '''import torch
import torch.nn as nn


def run():
    cell = nn.LSTMCell(8, 12)
    x = torch.randn(5, 4, 8)
    h = torch.zeros(4, 12)
    c = torch.zeros(4, 12)
    outputs = []
    for t in range(x.size(0)):
        h, c = cell(x[t], (h, c))
        outputs.append(h)
    for step in x:
        h, c = cell(step, (h, c))
    return outputs
'''


def test_a_cell_stepped_with_its_own_states_stays_quiet():
    assert run_case(CELL)[0] is None
    assert not check_source(CELL, "cell.py")


def test_what_a_step_feeds_back_with_another_size_is_found():
    # the second step feeds the cell its own state (12 features) where the input (8) belongs
    source = CELL.replace("        h, c = cell(x[t], (h, c))\n",
                          "        h, c = cell(x[t] if t == 0 else h, (h, c))\n")
    source = source.replace("    for step in x:\n        h, c = cell(step, (h, c))\n", "")
    assert run_case(source)[0] is not None
    # `x[t] if t == 0 else h` is decided by the counter only in the first step; the second
    # leaves it unknown: the walk stays silent rather than guess
    assert not [f for f in check_source(source, "cell.py") if f.severity == "error"]


def test_a_stack_of_layers_is_not_walked_twice_with_the_first_layer():
    # `for rnn in self.rnns`: the second item is another layer; its input is the first's output
    source = '''import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnns = nn.ModuleList([nn.GRU(8, 16), nn.GRU(16, 16)])

    def forward(self, x):
        for rnn in self.rnns:
            x, _ = rnn(x)
        return x


def run():
    Stack()(torch.randn(5, 3, 8))
'''
    assert run_case(source)[0] is None
    assert not check_source(source, "stack.py")
