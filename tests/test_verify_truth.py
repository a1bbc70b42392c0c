"""One truth for `if` tests: the walk (branching.truth) and the guards around layer calls
(guards.decided) decide a test alike, ordered and chained comparisons included, with torch
the oracle for what the decided branch does."""

from __future__ import annotations

import warnings

import pytest

from lstmcheck.lint.engine import check_source

SOURCE = """\
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, layers={layers}):
        super().__init__()
        self.layers = layers
        self.lstm = nn.LSTM(8, 16, num_layers=layers)

    def forward(self, x):
        if {test}:
            h = torch.zeros(1, x.size(1), 16)
        else:
            h = torch.zeros(self.layers, x.size(1), 16)
        return self.lstm(x, (h, h))


model = Tagger()
"""

CASES = [  # (layers, test): the branch with one row is taken exactly when the test holds
    (2, "self.layers > 1"),  # taken with two layers: torch rejects the one-row state
    (1, "self.layers > 1"),  # not taken: the state has the layer's one row
    (2, "0 < self.layers <= 1"),  # chained, not taken
    (2, "self.layers >= 2 and self.layers != 3"),
    (2, "self.layers < 2 or self.layers == 3"),
]


def _torch_raises(source: str) -> bool:
    torch = pytest.importorskip("torch")
    namespace: dict = {}
    exec(compile(source, "tagger.py", "exec"), namespace)  # noqa: S102 - our own test model
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        try:
            namespace["model"](torch.zeros(5, 3, 8))
        except RuntimeError:
            return True
    return False


@pytest.mark.parametrize(("layers", "test"), CASES)
def test_the_walk_decides_comparisons_as_python_does(layers: int, test: str) -> None:
    source = SOURCE.format(layers=layers, test=test)
    findings = [f for f in check_source(source.encode(), "tagger.py").findings if f.code == "LC009"]
    raises = _torch_raises(source)
    assert bool(findings) == raises, (findings, raises)
    if findings:
        assert findings[0].location.line == 13


def test_guards_and_the_walk_share_one_truth() -> None:
    # a layer built under an `if` the configuration decides against is not judged
    source = """\
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, layers=0):
        super().__init__()
        if 0 < layers <= 4:
            self.rnn = nn.LSTM(8, 16, num_layers=layers, dropout=0.5)


Encoder()
"""
    assert [f.code for f in check_source(source.encode(), "enc.py").findings] == []
    assert [f.code for f in check_source(source.replace("layers=0", "layers=1").encode(),
                                         "enc.py").findings] == ["LC006"]
