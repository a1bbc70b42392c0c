"""The shape calculator against real torch modules and real forward passes on CPU.

Every shape `calculate` prints (input, output, h_n, c_n, h_0, c_0), every parameter name and
shape in registration order, and the parameter count are compared with what torch builds and
returns. Configurations are drawn by hypothesis over all six modes and reach the calculator
both through flags and through a pasted constructor expression.
"""

from __future__ import annotations

import warnings

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from torch import nn

from lstmcheck.calculator import ShapeRequest, UsageError, calculate

torch.set_num_threads(1)
pytestmark = pytest.mark.filterwarnings("ignore:LSTM with projections is not supported with oneDNN")

CLASS_OF_MODE = {
    "lstm": "LSTM", "gru": "GRU", "rnn": "RNN",
    "lstm-cell": "LSTMCell", "gru-cell": "GRUCell", "rnn-cell": "RNNCell",
}
MODES = tuple(CLASS_OF_MODE)


@st.composite
def configurations(draw):
    mode = draw(st.sampled_from(MODES))
    cell = mode.endswith("-cell")
    # the cells check nothing, and torch builds and runs them with 0 features
    hidden = draw(st.integers(0 if cell else 1, 6))
    cfg = {
        "mode": mode,
        "input_size": draw(st.integers(0 if cell else 1, 6)),
        "hidden_size": hidden,
        "bias": draw(st.booleans()),
        "unbatched": draw(st.booleans()),
        "batch": draw(st.integers(0, 3)),
    }
    if not cell:
        cfg["num_layers"] = draw(st.integers(1, 3))
        cfg["batch_first"] = draw(st.booleans())
        cfg["bidirectional"] = draw(st.booleans())
        cfg["seq_len"] = draw(st.integers(1, 4))
        # dropout between 0 and 1 never changes a shape, with 1 layer it warns
        cfg["dropout"] = draw(st.sampled_from([0.0, 0.0, 0.25, 1.0]))
    if mode == "lstm":
        cfg["proj_size"] = draw(st.integers(0, hidden - 1))
    if mode in ("rnn", "rnn-cell"):
        cfg["nonlinearity"] = draw(st.sampled_from(["tanh", "relu"]))
    cfg["via_expression"] = draw(st.booleans())
    return cfg


_CTOR_KEYS = ("input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout",
              "bidirectional", "proj_size", "nonlinearity")


def _ctor_kwargs(cfg: dict) -> dict:
    return {k: cfg[k] for k in _CTOR_KEYS if k in cfg}


def _request(cfg: dict) -> ShapeRequest:
    data = {"unbatched": cfg["unbatched"]}
    if not cfg["unbatched"]:
        data["batch"] = cfg["batch"]
    if "seq_len" in cfg:
        data["seq_len"] = cfg["seq_len"]
    kwargs = _ctor_kwargs(cfg)
    if cfg["via_expression"]:
        args = ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
        return ShapeRequest(expression=f"nn.{CLASS_OF_MODE[cfg['mode']]}({args})", **data)
    return ShapeRequest(mode=cfg["mode"], **kwargs, **data)


def _build(cfg: dict) -> tuple[nn.Module, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        module = getattr(nn, CLASS_OF_MODE[cfg["mode"]])(**_ctor_kwargs(cfg))
    return module, [str(w.message) for w in caught]


def _forward_shapes(module: nn.Module, cfg: dict, result) -> dict[str, tuple[int, ...]]:
    """Normalise what each class returns to {output, h_n, c_n}."""
    cell = cfg["mode"].endswith("-cell")
    lstm = cfg["mode"] in ("lstm", "lstm-cell")
    if cell:
        h, c = result if lstm else (result, None)
        got = {"output": h, "h_n": h, "c_n": c}
    elif lstm:
        got = {"output": result[0], "h_n": result[1][0], "c_n": result[1][1]}
    else:
        got = {"output": result[0], "h_n": result[1], "c_n": None}
    return {k: None if v is None else tuple(v.shape) for k, v in got.items()}


def _ints(shape) -> tuple[int, ...]:
    assert all(isinstance(d, int) for d in shape), shape
    return tuple(shape)


def assert_matches_torch(cfg: dict) -> None:
    answer = calculate(_request(cfg))
    s = answer.shapes
    module, torch_warnings = _build(cfg)

    # parameters: names, shapes and order as registered, and the total count
    theirs = [(name, tuple(p.shape)) for name, p in module.named_parameters()]
    ours = [(p.name, _ints(p.shape)) for p in s.parameters]
    assert ours == theirs
    assert s.num_parameters == sum(p.numel() for p in module.parameters())

    # the dropout warning torch gives is the one lstmcheck passes on (and only then); the
    # cells' zero sizes are accepted by torch, lstmcheck warns about them
    if not cfg["mode"].endswith("-cell"):
        assert bool(answer.warnings) == bool(torch_warnings), (answer.warnings, torch_warnings)
    else:
        assert not torch_warnings
        assert bool(answer.warnings) == (cfg["hidden_size"] == 0 or cfg["input_size"] == 0)

    x = torch.randn(_ints(s.input.shape))
    lstm = s.c_0 is not None
    assert lstm == (cfg["mode"] in ("lstm", "lstm-cell"))
    assert (s.c_n is None) == (not lstm)
    with torch.no_grad():
        plain = _forward_shapes(module, cfg, module(x))
        # the h_0 (and c_0) we print are accepted by torch's forward
        h0 = torch.randn(_ints(s.h_0.shape))
        hx = (h0, torch.randn(_ints(s.c_0.shape))) if lstm else h0
        with_state = _forward_shapes(module, cfg, module(x, hx))
    expected = {"output": _ints(s.output.shape), "h_n": _ints(s.h_n.shape),
                "c_n": None if s.c_n is None else _ints(s.c_n.shape)}
    assert plain == expected
    assert with_state == expected
    if lstm:
        assert _ints(s.c_0.shape) == expected["c_n"]
    assert _ints(s.h_0.shape) == expected["h_n"]


@settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(configurations())
def test_every_shape_and_parameter_matches_torch(cfg):
    assert_matches_torch(cfg)


def test_batch_of_zero_is_accepted_by_torch_and_by_us():
    # N = 0 is legal in torch; make sure the drawn range above is not an empty promise
    for mode in MODES:
        cfg = {"mode": mode, "input_size": 3, "hidden_size": 4, "bias": True,
               "unbatched": False, "batch": 0, "via_expression": False}
        if not mode.endswith("-cell"):
            cfg["seq_len"] = 2
        assert_matches_torch(cfg)


def test_seq_len_zero_is_refused_like_torch():
    module = nn.LSTM(3, 4)
    with pytest.raises(RuntimeError) as torch_error:
        module(torch.randn(0, 2, 3))
    with pytest.raises(UsageError) as ours:
        calculate(ShapeRequest(mode="lstm", input_size=3, hidden_size=4, seq_len=0))
    assert str(torch_error.value) in str(ours.value)


# --- the reference's worked examples (I=7, H=11, T=5, N=3), recomputed by torch ------------

WORKED = [
    # (expression, input shape: 2-D is unbatched for the families, 1-D for cells)
    ("nn.LSTM(7, 11)", "5,3,7"),
    ("nn.LSTM(7, 11, 2, bidirectional=True, batch_first=True)", "3,5,7"),
    ("nn.LSTM(7, 11, 2, bidirectional=True, proj_size=4)", "5,3,7"),
    ("nn.LSTM(7, 11, 2, bidirectional=True, proj_size=4)", "5,7"),
    ("nn.GRU(7, 11, 2, bidirectional=True)", "5,3,7"),
    ("nn.RNN(7, 11)", "5,7"),
    ("nn.LSTMCell(7, 11)", "3,7"),
    ("nn.GRUCell(7, 11)", "7"),
]


@pytest.mark.parametrize("expression,input_shape", WORKED)
def test_worked_examples(expression, input_shape):
    answer = calculate(ShapeRequest(expression=expression, input_shape=input_shape))
    s = answer.shapes
    module = eval(expression, {"nn": nn})
    dims = tuple(int(d) for d in input_shape.split(","))
    assert s.input.shape == dims
    lstm = "LSTM" in expression
    with torch.no_grad():
        result = module(torch.randn(dims))
    if "Cell" in expression:
        h, c = result if lstm else (result, None)
    else:
        h = result[1][0] if lstm else result[1]
        c = result[1][1] if lstm else None
        assert tuple(result[0].shape) == s.output.shape
    assert tuple(h.shape) == s.h_n.shape
    assert (None if c is None else tuple(c.shape)) == (None if s.c_n is None else s.c_n.shape)


def test_worked_example_table_values():
    # the reference's table, computed: these also guard the table against drift
    answer = calculate(ShapeRequest(
        expression="nn.LSTM(7, 11, 2, bidirectional=True, proj_size=4)", seq_len=5, batch=3))
    module = nn.LSTM(7, 11, 2, bidirectional=True, proj_size=4)
    with torch.no_grad():
        out, (h, c) = module(torch.randn(5, 3, 7))
    assert answer.shapes.output.shape == tuple(out.shape) == (5, 3, 8)
    assert answer.shapes.h_n.shape == tuple(h.shape) == (4, 3, 4)
    assert answer.shapes.c_n.shape == tuple(c.shape) == (4, 3, 11)


# --- the reference's parameter-count table (I=10, H=20), counted by torch -------------------

COUNT_CONFIGS = [
    {},
    {"num_layers": 2},
    {"bidirectional": True},
    {"num_layers": 2, "bidirectional": True},
    {"bias": False},
    {"proj_size": 5},
    {"num_layers": 2, "bidirectional": True, "proj_size": 5},
    {"num_layers": 3, "bidirectional": True, "proj_size": 7, "bias": False},
]


@pytest.mark.parametrize("mode,config", [
    (mode, config) for mode in ("lstm", "gru", "rnn") for config in COUNT_CONFIGS
    if mode == "lstm" or "proj_size" not in config  # only LSTM has projections
], ids=str)
def test_parameter_count_table(mode, config):
    module = getattr(nn, CLASS_OF_MODE[mode])(10, 20, **config)
    answer = calculate(ShapeRequest(mode=mode, input_size=10, hidden_size=20, **config))
    assert answer.shapes.num_parameters == sum(p.numel() for p in module.parameters())
    assert [(p.name, p.shape) for p in answer.shapes.parameters] == [
        (n, tuple(p.shape)) for n, p in module.named_parameters()]


@pytest.mark.parametrize("mode", ["lstm-cell", "gru-cell", "rnn-cell"])
@pytest.mark.parametrize("bias", [True, False])
def test_cell_parameter_count(mode, bias):
    module = getattr(nn, CLASS_OF_MODE[mode])(10, 20, bias=bias)
    answer = calculate(ShapeRequest(mode=mode, input_size=10, hidden_size=20, bias=bias))
    assert answer.shapes.num_parameters == sum(p.numel() for p in module.parameters())
    assert [(p.name, p.shape) for p in answer.shapes.parameters] == [
        (n, tuple(p.shape)) for n, p in module.named_parameters()]


@pytest.mark.parametrize("dtype,torch_dtype", [("float32", torch.float32), ("float64", torch.float64),
                                               ("float16", torch.float16), ("bfloat16", torch.bfloat16)])
def test_num_bytes_per_dtype(dtype, torch_dtype):
    module = nn.GRU(10, 20, 2, dtype=torch_dtype)
    answer = calculate(ShapeRequest(mode="gru", input_size=10, hidden_size=20, num_layers=2, dtype=dtype))
    assert answer.num_bytes == sum(p.numel() * p.element_size() for p in module.parameters())


# --- symbolic sizes -----------------------------------------------------------------------

def test_symbolic_bidirectional_lstm():
    answer = calculate(ShapeRequest(expression="nn.LSTM(emb_dim, hidden, bidirectional=True)"))
    s = answer.shapes
    assert s.input.shape == ("L", "N", "emb_dim")
    assert s.output.shape == ("L", "N", "2*hidden")
    assert s.h_n.shape == (2, "N", "hidden")
    assert s.c_n.shape == (2, "N", "hidden")
    assert [p.name for p in s.parameters] == [n for n, _ in nn.LSTM(3, 4, bidirectional=True).named_parameters()]


def _substitute(dim, values: dict[str, int]) -> int:
    return eval(str(dim), {}, dict(values))  # symbolic dims are arithmetic over the names


@pytest.mark.parametrize("expression,values", [
    ("nn.LSTM(emb_dim, hidden, bidirectional=True)", {"emb_dim": 5, "hidden": 6}),
    ("nn.LSTM(emb, hid, 3, proj_size=p, bidirectional=True)", {"emb": 4, "hid": 7, "p": 3}),
    ("nn.GRU(emb, hid, layers, batch_first=True)", {"emb": 4, "hid": 7, "layers": 1}),
    ("nn.RNN(emb, hid, 2, bias=False)", {"emb": 2, "hid": 9}),
    ("nn.LSTMCell(emb, hid)", {"emb": 3, "hid": 5}),
    ("nn.GRUCell(emb, 2 * hid)", {"emb": 3, "hid": 5}),
])
def test_symbolic_shapes_evaluate_to_torch(expression, values):
    """Substituting numbers into the symbolic answer gives torch's shapes and count."""
    answer = calculate(ShapeRequest(expression=expression))
    s = answer.shapes
    env = dict(values, L=4, N=2)
    module = eval(expression, {"nn": nn}, dict(values))
    shape_in = tuple(_substitute(d, env) for d in s.input.shape)
    with torch.no_grad():
        result = module(torch.randn(shape_in))
    lstm = s.c_n is not None
    if answer.ctor.is_cell:
        h, c = result if lstm else (result, None)
    else:
        assert tuple(result[0].shape) == tuple(_substitute(d, env) for d in s.output.shape)
        h, c = (result[1] if lstm else (result[1], None))
    assert tuple(h.shape) == tuple(_substitute(d, env) for d in s.h_n.shape)
    if lstm:
        assert tuple(c.shape) == tuple(_substitute(d, env) for d in s.c_n.shape)
    if not isinstance(answer.spec.num_layers, str):
        assert [(p.name, tuple(_substitute(d, env) for d in p.shape)) for p in s.parameters] == [
            (n, tuple(p.shape)) for n, p in module.named_parameters()]
    assert _substitute(s.num_parameters, env) == sum(p.numel() for p in module.parameters())
