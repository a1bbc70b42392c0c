"""Sizes no machine can build: findings that quote torch, never a pass, a loop or a crash.

torch decides: the overflow cases are built on the meta device (they fail at once), and the
weights no machine can hold are allocated on the CPU (refused at once, nothing touched).
"""

from __future__ import annotations

import time
import warnings

import pytest
import torch
from torch import nn

from lstmcheck.expression import parse_constructor
from lstmcheck.validate import UNHOLDABLE_BYTES, check_values, first_failure

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def torch_error(text: str) -> BaseException:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with torch.device("meta"), pytest.raises(Exception) as info:
            eval(text, {"nn": nn, "torch": torch})
    return info.value


OVERFLOWS = [
    "nn.LSTM(10, 4611686018427387904)",
    "nn.LSTM(100000000000000000000, 20)",
    "nn.GRU(10, 100000000000000000000)",
    "nn.RNN(2305843009213693952, 1, bias=False)",
    "nn.RNN(1, 9223372036854775807, bias=False)",
    "nn.LSTM(1, 2305843009213693951, bias=False)",
    "nn.LSTMCell(10, 100000000000000000000)",
    "nn.GRUCell(4611686018427387904, 10)",
    "nn.LSTM(1, 1152921504606846976, proj_size=576460752303423488, bias=False)",
]


@pytest.mark.parametrize("text", OVERFLOWS)
def test_sizes_beyond_int64_quote_torch(text):
    exc = torch_error(text)
    ctor, call = parse_constructor(text)
    predicted = first_failure(ctor, call)
    assert predicted is not None and predicted.exception == type(exc).__name__
    assert str(exc).startswith(predicted.message), (predicted.message, str(exc)[:120])


@pytest.mark.parametrize("text", [
    "nn.RNN(1, 100000, bias=False)",   # 40 GB of weights: big, but machines exist
    "nn.LSTM(10, 20, 1000)",
    "nn.LSTM(10, 20, dtype=torch.float64)",
])
def test_large_but_buildable_is_not_flagged(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with torch.device("meta"):
            eval(text, {"nn": nn, "torch": torch})  # torch builds it
    ctor, call = parse_constructor(text)
    assert [p for p in check_values(ctor, call) if p.severity == "error"] == []


@pytest.mark.parametrize("text,param", [
    ("nn.LSTM(10, 20, 100000000000000000000)", "num_layers"),
    ("nn.RNN(10, 536870912)", "hidden_size"),
])
def test_weights_no_machine_holds(text, param):
    ctor, call = parse_constructor(text)
    started = time.perf_counter()
    problems = check_values(ctor, call)
    assert time.perf_counter() - started < 1  # no loop over the layers
    (problem,) = [p for p in problems if p.severity == "error"]
    assert problem.params == (param,)
    # the CPU allocator's own answer to that many bytes
    with pytest.raises(RuntimeError) as info:
        torch.empty(min(UNHOLDABLE_BYTES * 2, 2**62), dtype=torch.uint8)
    assert problem.outcome.message in str(info.value)


def test_mode_keyword_is_unknown_to_the_subclass():
    from lstmcheck.lint.engine import check_source

    source = "import torch.nn as nn\nlstm = nn.LSTM(10, 20, mode=1)\ncell = nn.GRUCell(3, 4, mode=1)\n"
    result = check_source(source.encode(), "m.py")
    codes = [f.code for f in result.findings]
    assert codes == ["LC002", "LC002"]
    assert str(torch_error("nn.LSTM(10, 20, mode=1)")) in result.findings[0].message
    assert str(torch_error("nn.GRUCell(3, 4, mode=1)")) in result.findings[1].message


def test_check_reports_huge_num_layers_quickly():
    from lstmcheck.lint.engine import check_source

    source = ("import torch.nn as nn\n"
              "a = nn.LSTM(10, 20, 100000000000000000000)\n"
              "b = nn.LSTM(10, 20, num_layers=99999999999999999999)\n")
    started = time.perf_counter()
    result = check_source(source.encode(), "m.py")
    assert time.perf_counter() - started < 5
    assert [f.code for f in result.findings] == ["LC005", "LC005"]


def test_verify_never_builds_what_no_machine_holds():
    from lstmcheck import verify

    started = time.perf_counter()
    refused = verify.build("RNN", (10, 536870912), {})
    assert refused.exception == "RuntimeError" and "can't allocate memory" in refused.message
    many = verify.build("LSTM", (10, 20, 10**20), {})
    assert many.exception is not None and many.result is None
    deep = verify.build("GRU", (10, 20, 1000), {})
    assert deep.exception == "NotBuilt" and "at most 32" in deep.message
    assert time.perf_counter() - started < 5
    assert verify.build("LSTM", (10, 20, 2), {}).exception is None  # an ordinary layer still builds
