"""An attribute the file sets on an instance from outside its class (`model.batch_size =
X_test.shape[1]` before evaluating) is not the one size its `__init__` assigned: states sized
from `self.batch_size` are then not judged against the training batch (review5's mx05; the
false "torch raises at the view" of bug_119). torch runs the correct file."""

from __future__ import annotations

from lstmcheck.lint.engine import check_source

SOURCE = """
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, batch_size):
        super().__init__()
        self.batch_size = batch_size
        self.lstm = nn.LSTM(1, 10)

    def init_hidden(self):
        return (torch.zeros(1, self.batch_size, 10), torch.zeros(1, self.batch_size, 10))

    def forward(self, x):
        out, _ = self.lstm(x, self.init_hidden())
        return out


model = Forecaster(batch_size=32)
model(torch.randn(5, 32, 1))
test_x = torch.randn(5, 17, 1)
model.batch_size = test_x.size(1)
model(test_x)
"""


def test_a_batch_size_reset_from_outside_is_not_taken_for_the_first():
    exec(compile(SOURCE, "<forecaster>", "exec"), {})  # torch runs both calls
    assert not [f for f in check_source(SOURCE.encode(), "m.py").findings if f.code == "LC009"]


def test_without_the_reset_the_stale_state_is_still_found():
    stale = SOURCE.replace("model.batch_size = test_x.size(1)\n", "")
    try:
        exec(compile(stale, "<forecaster>", "exec"), {})
    except RuntimeError as exc:
        assert "Expected hidden[0] size" in str(exc)
    else:
        raise AssertionError("torch should reject the training batch's state")
    found = [f for f in check_source(stale.encode(), "m.py").findings if f.code == "LC009"]
    assert found and found[0].severity == "error"
