"""A 2-D input (one unbatched sequence to torch) with a 3-D state: which of the two to change.
When the state's first or last dim fits no input (not D*num_layers, not H_out), batching the
input cannot make it fit, so the finding goes on the state (bug_112: `torch.zeros(1, 1, 9)` for
an RNN of hidden size 1); when the state fits a batch, the input lost its batch dim and the
finding stays with the input. torch is the oracle for every case."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

TEMPLATE = '''import torch
import torch.nn as nn


def run():
    seq = torch.arange(1, 9 * INPUT + 1).float().reshape((9, INPUT))
    rnn = LAYER
    state = STATE
    out, _ = rnn(seq, state)
    return out
'''

STATE_LINE = 8
INPUT_LINE = 6

CASES = [
    # (input size, layer, state, the line the finding goes on, or None when torch runs it)
    (1, "nn.RNN(1, 1, 1, batch_first=False)", "torch.zeros(1, 1, 9)", STATE_LINE),
    (1, "nn.RNN(1, 4)", "torch.zeros(1, 1, 9)", STATE_LINE),
    (3, "nn.GRU(3, 8, bidirectional=True)", "torch.zeros(1, 1, 8)", STATE_LINE),
    (3, "nn.GRU(3, 8, num_layers=2)", "torch.zeros(1, 1, 8)", STATE_LINE),
    # the state fits a batch of one: the input is what lost a dim
    (3, "nn.GRU(3, 8)", "torch.zeros(1, 1, 8)", INPUT_LINE),
    (3, "nn.RNN(3, 5, num_layers=2)", "torch.zeros(2, 1, 5)", INPUT_LINE),
    # right as written: an unbatched sequence and its 2-D state
    (1, "nn.RNN(1, 1)", "torch.zeros(1, 1)", None),
    (3, "nn.GRU(3, 8, bidirectional=True)", "torch.zeros(2, 8)", None),
]


@pytest.mark.parametrize("input_size,layer,state,line", CASES)
def test_the_finding_goes_where_the_fix_is(input_size, layer, state, line):
    source = TEMPLATE.replace("INPUT", str(input_size)).replace("LAYER", layer).replace("STATE", state)
    raised = run_case(source)[0]
    assert (raised is not None) == (line is not None), raised
    assert raised is None or "hx should also be 2-D" in str(raised) or "hidden" in str(raised), raised
    findings = [f for f in check_source(source, "unbatched.py") if f.code == "LC009"]
    if line is None:
        assert findings == []
        return
    assert [f.location.line for f in findings] == [line], findings
    assert findings[0].severity == "error"
    if line == STATE_LINE:
        assert "fits no input" in findings[0].message
        assert any(r.location.line == INPUT_LINE for r in findings[0].related)
