"""`Model(**vars(args))` passes every option the command line sets: the class is not judged on
its own `__init__` defaults there (a false LC006 warning when `--layers` defaults to 2 and
`__init__` to 1; the values helper's report). torch: built as the file builds it, no warning."""

from __future__ import annotations

import sys
import warnings

from lstmcheck.lint.engine import check_source

SOURCE = """
import argparse
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, hidden=32, layers=1, dropout=0.3):
        super().__init__()
        self.rnn = nn.LSTM(8, hidden, num_layers=layers, dropout=dropout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", type=int, default=32)
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--dropout", type=float, default=0.3)
    args = parser.parse_args()
    return Model(**vars(args))
"""


def test_a_model_built_from_the_parsed_namespace_is_not_judged_on_its_defaults(monkeypatch):
    space: dict = {}
    exec(compile(SOURCE, "<train>", "exec"), space)
    monkeypatch.setattr(sys, "argv", ["train.py"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = space["main"]()
    assert model.rnn.num_layers == 2
    assert not [w for w in caught if "dropout" in str(w.message)]
    assert not [f for f in check_source(SOURCE.encode(), "train.py").findings if f.code == "LC006"]


def test_built_from_an_unknown_dict_the_defaults_stay_a_warning():
    source = SOURCE.replace("Model(**vars(args))", "Model(**options)").replace(
        "def main():", "def main(options={}):")
    (finding,) = [f for f in check_source(source.encode(), "train.py").findings if f.code == "LC006"]
    assert finding.severity == "warning" and "defaults to 1" in finding.message
