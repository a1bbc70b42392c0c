"""Ways through a function that end: after `return`, `raise`, `break` or `continue` nothing
below runs on that way, and a literal flag an inlined call passes (`cell=True`, or left at a
`True`/`False` default) decides the helper's `if cell:` as the call runs it. torch is the
oracle: each case's `run()` raises exactly when the linter reports an error."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

SHARED_HELPER = '''import torch
import torch.nn as nn


class Tests:
    def lstm_test(self):
        model = nn.LSTM(4, 6, 2)
        return self._run(model, 2, CELL)

    def gru_test(self):
        model = nn.GRU(4, 6, 2)
        return self._run(model, 2)

    def _run(self, model, layers, cell=False):
        x = torch.randn(5, 3, 4)
        h0 = torch.randn(layers, 3, 6)
        if cell:
            c0 = torch.randn(layers, 3, 6)
            return model(x, (h0, c0))
        return model(x, h0)


def run():
    Tests().lstm_test()
    Tests().gru_test()
'''


@pytest.mark.parametrize("cell,wrong", [("cell=True", False), ("True", False), ("cell=False", True)])
def test_a_flag_the_caller_passes_decides_the_helpers_branch(cell, wrong):
    source = SHARED_HELPER.replace("CELL", cell)
    raised = run_case(source)[0] is not None
    errors = [f for f in check_source(source, "t.py") if f.severity == "error"]
    assert raised == wrong
    assert [f.code for f in errors] == (["LC009"] if wrong else [])


DEFAULT_FLAG = '''import torch
import torch.nn as nn


class Stepper(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6)

    def step(self, x, h, c, paired=True):
        if not paired:
            return self.lstm(x, h)
        return self.lstm(x, (h, c))

    def forward(self, x):
        h = torch.zeros(1, x.size(1), 6)
        return self.step(x, h, h.clone()ARGS)


def run():
    Stepper()(torch.randn(5, 3, 4))
'''


@pytest.mark.parametrize("args,wrong", [("", False), (", paired=True", False), (", False", True)])
def test_a_flag_left_at_its_default_decides_too(args, wrong):
    source = DEFAULT_FLAG.replace("ARGS", args)
    assert (run_case(source)[0] is not None) == wrong
    errors = [f for f in check_source(source, "t.py") if f.severity == "error"]
    assert [f.code for f in errors] == (["LC009"] if wrong else [])


EARLY_RETURN = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, skip):
        super().__init__()
        self.skip = skip
        self.gru = nn.GRU(4, 8, LAYERS)

    def forward(self, x):
        h = torch.zeros(1, x.size(1), 8)
        if self.skip(x):
            h = torch.zeros(2, x.size(1), 8)
            return None
        return self.gru(x, h)


def run():
    Net(lambda x: False)(torch.randn(5, 3, 4))
'''


@pytest.mark.parametrize("layers,wrong", [("1", False), ("2", True)])
def test_what_a_returning_branch_assigns_does_not_reach_the_code_after_it(layers, wrong):
    """The way past the `if` is the one that did not return: h is (1, B, 8) there."""
    source = EARLY_RETURN.replace("LAYERS", layers)
    assert (run_case(source)[0] is not None) == wrong
    errors = [f for f in check_source(source, "t.py") if f.severity == "error"]
    assert [f.code for f in errors] == (["LC009"] if wrong else [])


DISPATCH = '''import torch
from torch import nn


def step(rnn, x):
    SETUP
    h = torch.zeros(1, x.size(1), rnn.hidden_size)
    if TEST:
        return rnn(x, PAIR)
    return rnn(x, h)


def run():
    step(nn.LSTM(3, 5), torch.randn(4, 2, 3))
    step(nn.GRU(3, 5), torch.randn(4, 2, 3))
'''


@pytest.mark.parametrize("setup,test", [
    ("is_lstm = isinstance(rnn, nn.LSTM)", "is_lstm"),
    ("pass", "type(rnn) is nn.LSTM"),
    ("pass", 'rnn.mode == "LSTM"'),
    ("kind = type(rnn).__name__", '"LSTM" in kind'),
])
def test_a_helper_that_asks_which_layer_it_was_given_is_not_paired_with_the_other_way(setup, test):
    """Correct code a reviewer wrote: each layer takes the way meant for it; where the walk
    cannot tell which way that is, it pairs neither."""
    source = DISPATCH.replace("SETUP", setup).replace("TEST", test).replace("PAIR", "(h, h)")
    assert run_case(source)[0] is None
    assert not check_source(source, "t.py")


def test_a_test_the_walk_decides_still_pairs_each_layer_with_its_way():
    """`isinstance(rnn, nn.LSTM)` written in the `if` is decided for each layer: a pair
    forgotten in the LSTM's way is still an error."""
    source = DISPATCH.replace("SETUP", "pass").replace("TEST", "isinstance(rnn, nn.LSTM)").replace("PAIR", "h")
    assert run_case(source)[0] is not None
    assert [f.code for f in check_source(source, "t.py") if f.severity == "error"] == ["LC009"]
