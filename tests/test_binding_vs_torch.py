"""Binding and value checks against torch: what construction raises, warns, or builds.

Constructor calls are drawn as text, traps included (too many positionals, duplicates,
misspelled and foreign keywords, RNN's positional nonlinearity, proj_size on GRU/RNN, values
of the wrong type or range), and each is both built by torch on the meta device and read by
lstmcheck (`parse_constructor` -> `bind` -> `validate`). torch is the oracle throughout.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from torch import nn

from lstmcheck.expression import parse_constructor
from lstmcheck.records import TorchOutcome
from lstmcheck.signatures import CONSTRUCTORS, effective
from lstmcheck.validate import check_values, first_failure

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


# --- running a snippet through torch ------------------------------------------------------

@dataclass
class TorchResult:
    module: Any
    exception: BaseException | None
    warnings: list[str]


def torch_build(text: str) -> TorchResult:
    """Evaluate a constructor call as a user's code would, with weights on meta."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with torch.device("meta"):
                module = eval(text, {"nn": nn, "torch": torch})
        except Exception as exc:  # noqa: BLE001 - whatever torch raises is the oracle
            return TorchResult(None, exc, [str(w.message) for w in caught])
    return TorchResult(module, None, [str(w.message) for w in caught])


def assert_same_exception(predicted: TorchOutcome | None, exc: BaseException, text: str) -> None:
    assert predicted is not None, f"{text}: torch raised {exc!r}, lstmcheck predicts success"
    assert predicted.kind == "raises"
    assert predicted.exception == type(exc).__name__, (text, predicted, exc)
    actual = str(exc)
    if predicted.source == "torch":
        assert predicted.message == actual, (text, predicted.message, actual)
    else:
        # Python's and the allocator's wording: ours must be a prefix of (or match) torch's
        assert actual.startswith(predicted.message) or re.match(predicted.message, actual), (
            text, predicted.message, actual)


def warns(problems) -> list[str]:
    return [p.outcome.message for p in problems if p.outcome.kind == "warns"]


# --- drawn constructor calls --------------------------------------------------------------

POOLS: dict[str, list[Any]] = {
    "size": [10, 20, 3, 1, 0, -1, -4, 2.0, "20", None, True, False],
    "layers": [1, 2, 3, 0, -1, 2.0, 1.0, 0.5, "2", None, True],
    "flag": [True, False, True, False, 1, 0, 0.5, "yes", None],
    "probability": [0.0, 0.5, 0.2, 1, 1.0, 0, 1.5, -0.1, "0.5", "abc", True, False, None],
    "projection": [0, 1, 2, 5, 19, 20, 25, -1, 5.0, 0.0, True, False, None, "3"],
    "nonlinearity": ["tanh", "relu", "sigmoid", "TANH", None, 0.5, 1],
    "device": [None],
    "dtype": [None],
}
ANY = sorted({repr(v) for kind, pool in POOLS.items() for v in pool})
ALL_NAMES = sorted({n for c in CONSTRUCTORS.values() for n in c.names if n not in ("device", "dtype")})
TRAP_KEYWORDS = ["hiden_size", "n_layers", "batchfirst", "hidden", "num_layer", "mode",
                 "dropout", "num_layers", "batch_first", "proj_size", "nonlinearity"]


@st.composite
def constructor_calls(draw) -> str:
    ctor = draw(st.sampled_from(list(CONSTRUCTORS.values())))
    names = ctor.names
    most = len(names)
    count = draw(st.one_of(st.integers(0, min(4, most)), st.integers(0, most + 2)))
    too_many = count > most
    positional = []
    for index in range(count):
        if too_many or index >= most:
            positional.append(draw(st.sampled_from(ANY)))
        else:
            # an early positional: mostly something a user would write there
            pool = POOLS[ctor.params[index].kind]
            positional.append(repr(draw(st.sampled_from(pool))))
    keywords: dict[str, str] = {}
    names_to_try = draw(st.lists(
        st.one_of(st.sampled_from(ALL_NAMES), st.sampled_from(TRAP_KEYWORDS)),
        max_size=4, unique=True))
    for name in names_to_try:
        if name in names and names.index(name) < count and not draw(st.integers(0, 4)) == 0:
            continue  # mostly avoid giving a positional again (sometimes: a duplicate)
        kind = ctor.param(name).kind if name in names else None
        value = draw(st.sampled_from(POOLS[kind])) if kind else draw(st.sampled_from(
            [v for pool in POOLS.values() for v in pool]))
        keywords[name] = repr(value)
    args = positional + [f"{k}={v}" for k, v in keywords.items()]
    prefix = draw(st.sampled_from(["nn.", "torch.nn.", "nn."]))
    return f"{prefix}{ctor.name}({', '.join(args)})"


_ATTRIBUTES = ("input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout",
               "bidirectional", "proj_size", "nonlinearity")


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def check_against_torch(text: str) -> None:
    ctor, call = parse_constructor(text)
    result = torch_build(text)
    problems = check_values(ctor, call)
    predicted = first_failure(ctor, call)

    if result.exception is not None:
        assert_same_exception(predicted, result.exception, text)
    else:
        assert predicted is None, f"{text}: torch builds it, lstmcheck predicts {predicted}"
        assert not call.errors
        module = result.module
        assert type(module).__name__ == ctor.name
        for name in _ATTRIBUTES:
            if name not in ctor.names:
                continue
            bound = effective(ctor, call, name)
            assert bound is not None and bound.known, (text, name)
            theirs = getattr(module, name)
            ours = float(bound.value) if name == "dropout" else bound.value
            assert _same(ours, theirs), (text, name, ours, theirs)

    # the dropout warning, word for word, whenever torch gives it; never when it does not
    if result.warnings:
        assert result.warnings == warns(problems)[:1] and len(result.warnings) == 1, (
            text, result.warnings, warns(problems))
    elif result.exception is None:
        assert warns(problems) == [], (text, warns(problems))

    if result.module is not None:
        check_forward(ctor, call, problems, result.module, text)


def check_forward(ctor, call, problems, module, text: str) -> None:
    """A module torch built: its first forward fails exactly when lstmcheck says it will."""
    expected = [p.outcome for p in problems if p.outcome.kind == "forward-raises"]
    size = int(module.input_size)
    shape = (1, size) if ctor.is_cell else (1, 1, size)
    try:
        with torch.no_grad():
            module(torch.empty(shape, device="meta"))
    except Exception as exc:  # noqa: BLE001
        assert expected, f"{text}: forward raised {exc!r}, lstmcheck expected it to work"
        assert expected[0].exception == type(exc).__name__, (text, expected[0], exc)
        assert str(exc).startswith(expected[0].message), (text, expected[0].message, str(exc))
    else:
        assert not expected, f"{text}: forward works, lstmcheck expected {expected[0]}"


@settings(deadline=None, max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(constructor_calls())
def test_drawn_calls_agree_with_torch(text):
    check_against_torch(text)


# --- the reference's tables A-E (torch 2.13.0), each also re-run through torch ------------

ROWS = [
    # id, snippet, outcome, exception, message, source
    ("A1", "nn.LSTM()", "raises", "TypeError", "RNNBase.__init__() missing 2 required positional arguments: 'input_size' and 'hidden_size'", "python"),
    ("A2", "nn.LSTM(10)", "raises", "TypeError", "RNNBase.__init__() missing 1 required positional argument: 'hidden_size'", "python"),
    ("A3", "nn.GRU(input_size=10)", "raises", "TypeError", "RNNBase.__init__() missing 1 required positional argument: 'hidden_size'", "python"),
    ("A4", "nn.LSTMCell(10)", "raises", "TypeError", "LSTMCell.__init__() missing 1 required positional argument: 'hidden_size'", "python"),
    ("A5", "nn.RNNCell(10)", "raises", "TypeError", "RNNCell.__init__() missing 1 required positional argument: 'hidden_size'", "python"),
    ("A6", "nn.LSTM(10, 20, hiden_size=3)", "raises", "TypeError", "RNNBase.__init__() got an unexpected keyword argument 'hiden_size'", "python"),
    ("A7", "nn.LSTM(10, 20, nonlinearity='tanh')", "raises", "TypeError", "RNNBase.__init__() got an unexpected keyword argument 'nonlinearity'", "python"),
    ("A8", "nn.LSTMCell(10, 20, num_layers=2)", "raises", "TypeError", "LSTMCell.__init__() got an unexpected keyword argument 'num_layers'", "python"),
    ("A9", "nn.LSTM(10, 20, hidden_size=20)", "raises", "TypeError", "RNNBase.__init__() got multiple values for argument 'hidden_size'", "python"),
    ("A10", "nn.RNN(10, 20, 1, 'relu', nonlinearity='tanh')", "raises", "TypeError", "RNNBase.__init__() got an unexpected keyword argument 'nonlinearity'", "python"),
    ("A11", "nn.LSTM(10, 20, 1, True, False, 0.0, False, 0, None, None, 1)", "raises", "TypeError", "RNNBase.__init__() takes from 4 to 12 positional arguments but 13 were given", "python"),
    ("A12", "nn.LSTMCell(10, 20, True, None, None, 1)", "raises", "TypeError", "LSTMCell.__init__() takes from 3 to 6 positional arguments but 7 were given", "python"),
    ("B1", "nn.LSTM(10, 0)", "raises", "ValueError", "hidden_size must be greater than zero", "torch"),
    ("B2", "nn.GRU(10, -4)", "raises", "ValueError", "hidden_size must be greater than zero", "torch"),
    ("B3", "nn.RNN(0, 20)", "raises", "ValueError", "input_size must be greater than zero", "torch"),
    ("B4", "nn.LSTM(10, 20.0)", "raises", "TypeError", "hidden_size should be of type int, got: float", "torch"),
    ("B5", "nn.GRU(10.0, 20)", "raises", "TypeError", "input_size should be of type int, got: float", "torch"),
    ("B6", "nn.LSTM(10, '20')", "raises", "TypeError", "hidden_size should be of type int, got: str", "torch"),
    ("B7", "nn.LSTM(10, None)", "raises", "TypeError", "hidden_size should be of type int, got: NoneType", "torch"),
    ("B8", "nn.LSTM(10, 20, 0)", "raises", "ValueError", "num_layers must be greater than zero", "torch"),
    ("B9", "nn.GRU(10, 20, num_layers=-1)", "raises", "ValueError", "num_layers must be greater than zero", "torch"),
    ("B10", "nn.LSTM(10, 20, num_layers=2.0)", "raises", "TypeError", "'float' object cannot be interpreted as an integer", "python"),
    ("B11", "nn.LSTM(10, 20, 2, dropout=1.5)", "raises", "ValueError", "dropout should be a number in range [0, 1] representing the probability of an element being zeroed", "torch"),
    ("B12", "nn.LSTM(10, 20, 2, dropout='0.5')", "raises", "ValueError", "dropout should be a number in range [0, 1] representing the probability of an element being zeroed", "torch"),
    ("B13", "nn.LSTM(10, 20, 2, dropout=True)", "raises", "ValueError", "dropout should be a number in range [0, 1] representing the probability of an element being zeroed", "torch"),
    ("B14", "nn.LSTM(10, 20, 2, dropout=None)", "raises", "TypeError", "float() argument must be a string or a real number, not 'NoneType'", "python"),
    ("B15", "nn.LSTM(10, 20, proj_size=-1)", "raises", "ValueError", "proj_size should be a positive integer or zero to disable projections", "torch"),
    ("B16", "nn.LSTM(10, 20, proj_size=20)", "raises", "ValueError", "proj_size has to be smaller than hidden_size", "torch"),
    ("B17", "nn.LSTM(10, 20, proj_size=25)", "raises", "ValueError", "proj_size has to be smaller than hidden_size", "torch"),
    ("B18", "nn.LSTM(10, 20, proj_size=5.0)", "raises", "TypeError", "empty(): argument 'size' failed to unpack the object at pos 2 with error \"type must be tuple of ints,but got float\"", "alloc"),
    ("B19", "nn.GRU(10, 20, proj_size=5)", "raises", "ValueError", "proj_size argument is only supported for LSTM, not RNN or GRU", "torch"),
    ("B20", "nn.GRU(10, 20, proj_size=0)", "raises", "ValueError", "proj_size argument is only supported for LSTM, not RNN or GRU", "torch"),
    ("B21", "nn.RNN(10, 20, proj_size=5)", "raises", "ValueError", "proj_size argument is only supported for LSTM, not RNN or GRU", "torch"),
    ("B22", "nn.RNN(10, 20, nonlinearity='sigmoid')", "raises", "ValueError", "Unknown nonlinearity 'sigmoid'. Select from 'tanh' or 'relu'.", "torch"),
    ("B23", "nn.RNN(10, 20, 2, 0.5)", "raises", "ValueError", "Unknown nonlinearity '0.5'. Select from 'tanh' or 'relu'.", "torch"),
    ("B24", "nn.LSTM(10, 20, 2, 0.5)", "raises", "TypeError", "bias should be of type bool, got: float", "torch"),
    ("B25", "nn.LSTM(10, 20, bias=1)", "raises", "TypeError", "bias should be of type bool, got: int", "torch"),
    ("B26", "nn.LSTM(10, 20, 2, True, 0.5)", "raises", "TypeError", "batch_first should be of type bool, got: float", "torch"),
    ("C1", "nn.LSTMCell(10, -1)", "raises", "RuntimeError", "Trying to create tensor with negative dimension -4: [-4, 10]", "alloc"),
    ("C2", "nn.RNNCell(-1, 20)", "raises", "RuntimeError", "Trying to create tensor with negative dimension -1: [20, -1]", "alloc"),
    ("C3", "nn.LSTMCell(10, 20.0)", "raises", "TypeError", "empty(): argument 'size' (position 1) must be tuple of ints, but found element of type float at pos 0", "alloc"),
    ("C4", "nn.RNNCell(10, None)", "raises", "TypeError", "unsupported operand type(s) for *: 'int' and 'NoneType'", "python"),
    ("D1", "nn.LSTM(10, 20, dropout=0.5)", "warns", "UserWarning", "dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1", "torch"),
    ("D2", "nn.GRU(10, 20, 1, dropout=0.2)", "warns", "UserWarning", "dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1", "torch"),
    ("D3", "nn.RNN(10, 20, dropout=1)", "warns", "UserWarning", "dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=1 and num_layers=1", "torch"),
    ("D4", "nn.LSTM(10, 0, dropout=0.5)", "raises", "ValueError", "hidden_size must be greater than zero", "torch"),
]
# B27 (dtype=torch.int64) is left out: lstmcheck does not read dtype values.


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_reference_table_row(row):
    row_id, text, outcome, exception, message, source = row
    result = torch_build(text)
    # the table still describes this torch
    if outcome == "raises":
        assert type(result.exception).__name__ == exception and str(result.exception) == message
    else:
        assert result.exception is None and result.warnings == [message]

    ctor, call = parse_constructor(text)
    predicted = first_failure(ctor, call)
    if outcome == "raises":
        assert predicted is not None
        assert (predicted.exception, predicted.source) == (exception, source)
        if source == "alloc":
            assert message.startswith(predicted.message)
        else:
            assert predicted.message == message
    else:
        assert predicted is None
        assert warns(check_values(ctor, call)) == [message]
    check_against_torch(text)


def test_d4_warns_before_it_raises():
    text = "nn.LSTM(10, 0, dropout=0.5)"
    result = torch_build(text)
    ctor, call = parse_constructor(text)
    problems = check_values(ctor, call)
    assert result.warnings and warns(problems) == result.warnings
    kinds = [p.outcome.kind for p in problems]
    assert kinds.index("warns") < kinds.index("raises")


E_ROWS = [
    # id, snippet, the first forward's exception (None: works), and its first words
    ("E1", "nn.LSTM(10, 20, 2, dropout=1.0)", None, None),
    ("E2", "nn.LSTM(10, 20, proj_size=0)", None, None),
    ("E3", "nn.LSTM(10, True)", None, None),
    ("E4", "nn.LSTM(10, 20, True)", "TypeError", "lstm() received an invalid combination of arguments"),
    ("E5", "nn.LSTM(10, 20, bidirectional=1)", "TypeError", "lstm() received an invalid combination of arguments"),
    ("E6", "nn.GRU(10, 20, 1, True, False, 0.0, False, 5)", "RuntimeError", "Expected hidden size"),
    ("E7", "nn.RNN(10, 20, 1, 'tanh', True, False, 0.0, False, 5)", "RuntimeError", "Expected hidden size"),
    ("E8", "nn.RNN(10, 20, 2, 'relu')", None, None),
    ("E9", "nn.LSTMCell(10, 0)", None, None),
    ("E10", "nn.RNNCell(10, 20, nonlinearity='sigmoid')", "RuntimeError", "Unknown nonlinearity: sigmoid"),
    ("E11", "nn.RNNCell(10, 20, 'relu')", None, None),
    ("E12", "nn.LSTM(100000, 100000, device='meta')", None, None),
]


@pytest.mark.parametrize("row", E_ROWS, ids=[r[0] for r in E_ROWS])
def test_reference_accepted_rows(row):
    row_id, text, exception, message = row
    ctor, call = parse_constructor(text)
    assert first_failure(ctor, call) is None
    problems = check_values(ctor, call)
    later = [p.outcome for p in problems if p.outcome.kind == "forward-raises"]
    if exception is None:
        assert later == []
    else:
        assert (later[0].exception, later[0].message) == (exception, message)
    if row_id != "E12":  # E12 passes device= itself; the others go through the full check
        check_against_torch(text)


def test_rnncell_relu_in_bias_is_flagged():
    ctor, call = parse_constructor("nn.RNNCell(10, 20, 'relu')")
    module = torch_build("nn.RNNCell(10, 20, 'relu')").module
    assert module.nonlinearity == "tanh" and module.bias == "relu"
    [problem] = [p for p in check_values(ctor, call) if p.params == ("bias",)]
    assert problem.severity == "error"


# --- further traps, each compared with torch ----------------------------------------------

TRAPS = [
    "nn.LSTM(10, 20, 2.0, proj_size=25)",        # proj_size is checked before range(2.0)
    "nn.LSTM(10, 20, 0.5, proj_size=-1)",
    "nn.LSTM(10, 20, mode='GRU')",               # RNNBase already has mode from LSTM
    "nn.RNN(10, 20, mode='RNN_TANH')",
    "nn.LSTMCell(2.0, -1)",                      # the type error comes before the negative size
    "nn.GRUCell('3', -2)",
    "nn.RNNCell(None, -1)",
    "nn.LSTMCell(-1, None)",
    "nn.LSTMCell(True, 10)",
    "nn.LSTM(10, True, proj_size=1)",          # proj_size >= hidden_size=True
    "nn.LSTM(10, 20, mode='LSTM', hiden_size=3)",
    "nn.RNN(10, 20, 1, 'sigmoid', nonlinearity='tanh')",
    "nn.RNN(10, 20, 1, 'relu', True, False, 0.0, False, 0, None, None, 1)",
    "nn.RNN(10, nonlinearity='sigmoid')",
    "nn.GRU(10, 20, 1, True, False, 0.0, False, 'cpu')",
    "nn.GRU(10, proj_size=3, hiden_size=5)",
    "nn.LSTM(10, 20, num_layers=True, dropout=0.5)",
    "nn.LSTM(10, 20, num_layers=1.0, dropout=0.5)",
    "nn.LSTM(10, 20, dropout='abc')",
    "nn.LSTM(10, 20, proj_size=0.0)",
    "nn.LSTM(10, 20, proj_size=True)",
    "nn.GRU(10, 20, 1, True, False, 0.0, False, True)",
    "nn.LSTM(True, 20, 2, proj_size='3', dropout=0.5)",
    "nn.LSTMCell(10, 20, 'no')",
    "nn.RNN(10, True)",                          # RNN allocates (hidden_size, I): (True, 10)
    "nn.RNN(True, 20, 2, bidirectional=True)",
    "nn.RNNCell(10, True)",
    "nn.RNN(20, 20, True)",                      # forward names rnn_tanh()
    "nn.RNN(10, 20, 1, 'relu', bidirectional='yes')",   # ... or rnn_relu()
    "nn.GRU(10, 20, True)",
    "nn.GRU(10, 20, 1, True, False, 0.0, 'yes')",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps(text):
    check_against_torch(text)
