"""States made for a full batch where the data's last batch may be shorter (LC009, a warning
naming the assumption). torch is the oracle: each case runs over 70 rows in batches of 32, and
the warning is given exactly where torch fails on the last batch of 6; never an error, and
silent where the states follow the input or the loader drops the last batch."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

MODEL = '''import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 32


class Tagger(nn.Module):
    def __init__(self, batch_size, hidden=12):
        super().__init__()
        self.batch_size = batch_size
        self.hidden = hidden
        self.embed = nn.Embedding(50, 8)
        self.lstm = nn.LSTM(8, hidden, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(1, STATE_BATCH, self.hidden)
        c0 = torch.zeros(1, STATE_BATCH, self.hidden)
        out, _ = self.lstm(self.embed(x), (h0, c0))
        return out


def run():
    data = TensorDataset(torch.randint(0, 50, (70, 5)))
    loader = DataLoader(data, LOADER_ARGS)
    model = Tagger(BATCH)
    for (x,) in loader:
        model(x)
'''

CASES = [
    # (the state's batch, the loader's arguments, warned)
    ("self.batch_size", "batch_size=BATCH, shuffle=True", True),
    ("self.batch_size", "batch_size=BATCH, drop_last=True", False),
    ("x.size(0)", "batch_size=BATCH", False),
    ("BATCH", "batch_size=BATCH, drop_last=False", True),
    ("self.batch_size", "batch_size=16", "16"),  # not the state's batch: every batch fails
]


@pytest.mark.parametrize("state_batch,loader_args,warned", CASES)
def test_a_fixed_batch_state_meets_the_loaders_last_batch(state_batch, loader_args, warned):
    source = MODEL.replace("STATE_BATCH", state_batch).replace("LOADER_ARGS", loader_args)
    raised = run_case(source)[0] is not None
    findings = [f for f in check_source(source, "tagger.py") if f.code == "LC009"]
    assert all(f.severity == "warning" for f in findings)
    if warned == "16":  # states of 32 next to a loader of 16 (flow/fixed_batches.py)
        assert raised and len(findings) == 1, findings
        assert source.splitlines()[findings[0].location.line - 1].strip().startswith("h0 = torch.zeros(")
        assert "makes batches of 16 rows" in findings[0].message
    elif warned:
        assert raised and len(findings) == 1, findings
        lines = source.splitlines()
        assert lines[findings[0].location.line - 1].strip().startswith("h0 = torch.zeros(")
        assert "fewer than 32 rows" in findings[0].message
        assert "size the state from the input (x.size(0))" in findings[0].message
    else:
        assert not findings, findings


CARRIED = '''import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Sentiment(nn.Module):
    def __init__(self, layers=2, hidden=16):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.embed = nn.Embedding(100, 12)
        self.lstm = nn.LSTM(12, hidden, layers, batch_first=True)

    def forward(self, x, hidden):
        return self.lstm(self.embed(x), hidden)

    def init_hidden(self, batch_size):
        weight = next(self.parameters()).data
        return (weight.new(self.layers, batch_size, self.hidden).zero_(),
                weight.new_zeros(self.layers, batch_size, self.hidden))


def run():
    loader = DataLoader(TensorDataset(torch.randint(0, 100, (68, 20))), batch_size=64)
    net = Sentiment()
    h = net.init_hidden(64)
    for (inputs,) in loader:
        h = tuple([each.data for each in h])
        output, h = net(inputs, h)
'''


def test_states_carried_across_a_loaders_batches_are_fixed_at_the_loader():
    assert run_case(CARRIED)[0] is not None
    (finding,) = [f for f in check_source(CARRIED, "sentiment.py") if f.code == "LC009"]
    assert finding.severity == "warning"
    assert "DataLoader(" in CARRIED.splitlines()[finding.location.line - 1]
    assert "drop_last=True" in finding.message
    fixed = CARRIED.replace("batch_size=64)", "batch_size=64, drop_last=True)")
    assert run_case(fixed)[0] is None
    assert not check_source(fixed, "sentiment.py")
    # made for each batch from its size: the states follow the input
    per_batch = CARRIED.replace("        h = tuple([each.data for each in h])\n",
                                "        h = net.init_hidden(inputs.size(0))\n")
    assert run_case(per_batch)[0] is None
    assert not check_source(per_batch, "sentiment.py")


STEPPING = '''import torch
import torch.nn as nn

batch_size = 16


def run():
    gru = nn.GRU(4, 6)
    data = torch.randn(40, 7, 4)
    h0 = torch.zeros(1, batch_size, 6)
    for i in range(0, len(data), batch_size):
        x = data[i:i + batch_size].transpose(0, 1)
        gru(x, h0)
'''


def test_a_loop_taking_a_fixed_count_of_rows():
    assert run_case(STEPPING)[0] is not None
    (finding,) = check_source(STEPPING, "steps.py")
    assert finding.code == "LC009" and finding.severity == "warning"
    assert STEPPING.splitlines()[finding.location.line - 1].strip().startswith("h0 = torch.zeros(")
    # a batch of one row is never shorter; a loop that steps over time, not rows, is no source
    one = STEPPING.replace("batch_size = 16", "batch_size = 1")
    assert run_case(one)[0] is None and not check_source(one, "steps.py")
    over_time = STEPPING.replace("len(data), batch_size", "len(data), 3")
    assert not check_source(over_time, "steps.py")


@pytest.mark.parametrize("change", [
    # a stop that leaves out the rows of a short batch: `range(0, len(data) - n + 1, n)`
    ("len(data), batch_size", "len(data) - batch_size + 1, batch_size"),
    # a loop that checks for the short batch and stops or skips it
    ("        gru(x, h0)", "        if x.size(1) < batch_size:\n            break\n        gru(x, h0)"),
    ("        gru(x, h0)", "        if x.size(1) != batch_size:\n            continue\n        gru(x, h0)"),
])
def test_a_loop_that_only_takes_full_batches_is_no_source(change):
    """Correct code a reviewer wrote: these loops never hand the states a shorter batch."""
    source = STEPPING.replace(*change)
    assert source != STEPPING
    assert run_case(source)[0] is None
    assert not check_source(source, "steps.py")


@pytest.mark.parametrize("loop", [
    # the loop stops at the short batch, or skips the last one by its index
    "    for (x,) in loader:\n        if len(x) < BATCH:\n            break\n        model(x)\n",
    "    for i, (x,) in enumerate(loader):\n        if i == len(loader) - 1:\n            continue\n        model(x)\n",
    # only the first batch is read
    "    (x,) = next(iter(loader))\n    model(x)\n",
])
def test_a_loader_whose_short_batch_never_reaches_the_states_is_no_source(loop):
    """Correct code a reviewer wrote: a full batch is all the states ever meet."""
    source = MODEL.replace("STATE_BATCH", "self.batch_size").replace("LOADER_ARGS", "batch_size=BATCH")
    source = source.replace("    for (x,) in loader:\n        model(x)\n", loop)
    assert loop in source
    assert run_case(source)[0] is None
    assert not check_source(source, "tagger.py")


def test_a_loop_through_time_is_no_source_of_batches():
    """Truncated backpropagation through time: `range(0, x.size(1), n)` cuts the time dim,
    whatever n is; the states' batch is the data's."""
    source = STEPPING.replace("data = torch.randn(40, 7, 4)", "data = torch.randn(16, 40, 4)")
    source = source.replace("range(0, len(data), batch_size)", "range(0, data.size(1), batch_size)")
    source = source.replace("x = data[i:i + batch_size].transpose(0, 1)",
                            "x = data[:, i:i + batch_size].transpose(0, 1)")
    assert run_case(source)[0] is None
    assert not check_source(source, "steps.py")
