"""`argv` handed on through the calls of a script (`probe()` -> `main(argv)` ->
`get_args(argv)` -> `parser.parse_args(argv)`): the literal list the file passes sets the
options, as argparse parses it. torch is the oracle: each file's `probe()` runs."""

from __future__ import annotations

import warnings

import pytest

from lstmcheck.api import check_source

SCRIPT = '''import argparse

import torch.nn as nn


def get_args(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--layers", type=int, default=1)
    parser.add_argument("--dropout", type=float, default=0.0)
    return parser.parse_args(argv)


def main(argv):
    args = get_args(argv)
    return nn.GRU(8, 16, num_layers=args.layers, dropout=args.dropout)


def probe():
    main({argv})
'''


def torch_warns(source: str) -> bool:
    namespace: dict = {}
    exec(compile(source, "script.py", "exec"), namespace)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        namespace["probe"]()
    return any("non-zero dropout" in str(w.message) for w in caught)


@pytest.mark.parametrize("argv, expected", [
    ('["--dropout", "0.3"]', True),
    ('["--dropout", "0.3", "--layers", "2"]', False),
    ('["--layers", "3"]', False),
])
def test_the_list_handed_through_main_sets_the_options(argv, expected):
    source = SCRIPT.format(argv=argv)
    assert torch_warns(source) is expected
    found = [f for f in check_source(source, "script.py") if f.code == "LC006"]
    if expected:
        [finding] = found
        assert finding.location.line == 15  # the dropout the list sets
        assert "parse_args list" in finding.message and finding.outcome.kind == "warns"
    else:
        assert not found
