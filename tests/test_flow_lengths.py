"""Counts the flow takes from the file: `len(FEATURES)` of a list it writes, and a list
comprehension over such a list (`torch.stack([x[:, a - lag:b - lag] for lag in LAGS], -1)` has
len(LAGS) items). torch is the oracle: each model runs, or fails, as the test expects."""

from __future__ import annotations

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.records import Settings
from tests.test_diagnosis import HEAD, torch_runs

FEATURES = '''
FEATURES = ["load", "temperature", "hour", "weekday"]
lstm = nn.LSTM({input_size}, 16, batch_first=True)
out, _ = lstm(torch.randn(8, 20, len(FEATURES)))
'''

LAGS = '''
class DeepAR(nn.Module):
    def __init__(self, lags, input_size):
        super().__init__()
        self.lags = lags
        self.rnn = nn.GRU(input_size, 16, batch_first=True)

    def forward(self, target):
        lagged = torch.stack([target[:, 10 - lag:20 - lag] for lag in self.lags], dim=-1)
        return self.rnn(lagged)


DeepAR([1, 2, 3], {input_size})(torch.randn(8, 30))
'''

# name: (source, whether LC008 reports an error)
CASES = {
    "len-of-a-list-feature-count-wrong": (FEATURES.format(input_size=5), True),
    "len-of-a-list-feature-count-right": (FEATURES.format(input_size=4), False),
    "stack-over-the-lags-wrong": (LAGS.format(input_size=4), True),
    "stack-over-the-lags-right": (LAGS.format(input_size=3), False),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_lengths_of_lists_the_file_writes_torch_agrees(name: str) -> None:
    body, found = CASES[name]
    source = HEAD + body
    failure = torch_runs(source)
    codes = [f.code for f in check_source(source.encode(), "case.py", Settings()).findings
             if f.severity == "error"]
    if not found:
        assert failure is None, failure
        assert codes == []
        return
    assert failure is not None and "input_size" in str(failure)
    assert codes == ["LC008"]


def test_a_list_the_file_resizes_is_not_counted() -> None:
    source = HEAD + (
        "LAGS = [1, 2, 3]\nLAGS.append(4)\n"
        "gru = nn.GRU(3, 16, batch_first=True)\n"
        "target = torch.randn(8, 30)\n"
        "out, _ = gru(torch.stack([target[:, 10 - lag:20 - lag] for lag in LAGS], dim=-1))\n"
    )
    assert torch_runs(source) is not None  # four lags where the layer takes three
    assert check_source(source.encode(), "case.py", Settings()).findings == ()
