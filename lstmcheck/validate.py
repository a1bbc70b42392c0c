"""What torch does with the values of a bound call: the checks of torch 2.13's rnn.py, in order.

Each problem carries the outcome torch produces (exception type and exact text, the dropout
warning, or a failure that waits for the first forward pass), so that the shape calculator,
the linter's messages and `--verify` all speak from the same place. Unknown values are never
guessed at: a check whose inputs are not all known says nothing.
"""

from __future__ import annotations

import numbers
from dataclasses import replace
from typing import Any, Iterable

from lstmcheck.records import BoundCall, Problem, TorchOutcome, Value
from lstmcheck.formulas import DTYPE_BYTES, LayerSpec, dtype_name, num_parameters
from lstmcheck.signatures import Constructor, effective

_DROPOUT_RANGE = (
    "dropout should be a number in range [0, 1] representing the probability of an element "
    "being zeroed"
)
_PROJ_ONLY_LSTM = "proj_size argument is only supported for LSTM, not RNN or GRU"
_NOT_AN_INTEGER = "'float' object cannot be interpreted as an integer"


def _type_name(value: Any) -> str:
    return type(value).__name__


def _raises(exception: str, message: str, source: str = "torch") -> TorchOutcome:
    return TorchOutcome("raises", exception, message, source)  # type: ignore[arg-type]


def _said(value: Value) -> str:
    """How a value is named in a message: its text, and where it came from if not inline."""
    origin = f" ({value.origin})" if value.origin and value.origin != "default" else ""
    return f"{value.text}{origin}"


def _positional_note(ctor: Constructor, call: BoundCall, name: str) -> str:
    index = ctor.names.index(name)
    if index < call.positional_count and name not in call.keywords:
        return f" (the {_ordinal(index + 1)} positional argument of nn.{ctor.name} is {name})"
    return ""


def _ordinal(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def check_values(ctor: Constructor, call: BoundCall) -> list[Problem]:
    """Every problem with the call's known values, in the order torch meets them."""
    problems = _check_cell(ctor, call) if ctor.is_cell else _check_family(ctor, call)
    problems += _check_dtype(ctor, call)
    if not any(p.severity == "error" for p in problems):
        problems += _check_too_large(ctor, call)
    return problems


def as_floats(ctor: Constructor, call: BoundCall, names: Iterable[str]) -> list[Problem]:
    """The problems of these arguments given as floats, every other argument as it is: a size
    written with `/` (`hidden / 2`) is a float whatever its names hold, so its problem is known
    without its value (`shape` and LC005 both ask)."""
    names = set(names)
    stand_ins = {name: replace(call.arguments[name], known=True, value=1.5) for name in names}
    probe = replace(call, arguments={**call.arguments, **stand_ins})
    return [p for p in check_values(ctor, probe) if p.params and p.params[0] in names]


def first_failure(ctor: Constructor, call: BoundCall) -> TorchOutcome | None:
    """What construction raises first, if it raises, as torch orders its checks."""
    for problem in _ordered(ctor, call):
        if problem.outcome.kind == "raises":
            return problem.outcome
    return None


def _ordered(ctor: Constructor, call: BoundCall) -> list[Problem]:
    problems = check_values(ctor, call)
    binding = [_binding_problem(e.message) for e in call.errors[:1]]
    # GRU and RNN reject proj_size= and RNN checks its nonlinearity before RNNBase binds.
    early = [p for p in problems if p.outcome.message == _PROJ_ONLY_LSTM
             or (ctor.name == "RNN" and p.params == ("nonlinearity",))]
    return early + binding + [p for p in problems if p not in early]


def _binding_problem(message: str) -> Problem:
    return Problem((), message, "error", _raises("TypeError", message, "python"))


def _check_family(ctor: Constructor, call: BoundCall) -> list[Problem]:
    out: list[Problem] = []
    get = lambda name: effective(ctor, call, name)  # noqa: E731

    if ctor.name in ("GRU", "RNN") and "proj_size" in call.keywords:
        out.append(Problem(
            ("proj_size",),
            f"proj_size={_said(call.arguments['proj_size'])} on nn.{ctor.name}: only nn.LSTM "
            "has projections",
            "error", _raises("ValueError", _PROJ_ONLY_LSTM),
            "remove proj_size, or use nn.LSTM",
        ))
    if ctor.name == "RNN":
        nl = call.arguments.get("nonlinearity")
        if nl is not None and nl.known and nl.value not in ("tanh", "relu"):
            out.append(Problem(
                ("nonlinearity",),
                f"nonlinearity={_said(nl)}{_positional_note(ctor, call, 'nonlinearity')} is "
                "not 'tanh' or 'relu'",
                "error",
                _raises("ValueError", f"Unknown nonlinearity '{nl.value}'. Select from 'tanh' or 'relu'."),
                _dropout_hint(nl) or "use nonlinearity='tanh' or nonlinearity='relu'",
            ))

    dropout, layers = get("dropout"), get("num_layers")
    out.extend(_check_dropout(ctor, call, dropout, layers))

    for name in ("bias", "batch_first"):
        value = get(name)
        if value is not None and value.known and not isinstance(value.value, bool):
            out.append(Problem(
                (name,),
                f"{name}={_said(value)}{_positional_note(ctor, call, name)} is not a bool",
                "error",
                _raises("TypeError", f"{name} should be of type bool, got: {_type_name(value.value)}"),
                (_dropout_hint(value) if name == "bias" else "") or f"pass {name}=True or {name}=False",
            ))

    for name in ("input_size", "hidden_size"):
        out.extend(_check_family_size(ctor, call, name, get(name)))

    out.extend(_check_layers(ctor, call, layers))
    if not (ctor.name in ("GRU", "RNN") and "proj_size" in call.keywords):
        out.extend(_check_projection(ctor, call, get("proj_size"), get("hidden_size")))

    bidi = get("bidirectional")
    if bidi is not None and bidi.known and not isinstance(bidi.value, bool):
        out.append(Problem(
            ("bidirectional",),
            f"bidirectional={_said(bidi)}{_positional_note(ctor, call, 'bidirectional')} is not "
            "a bool: torch builds the module, then the first forward pass fails",
            "error",
            TorchOutcome("forward-raises", "TypeError",
                         f"{_forward_function(ctor, call)} received an invalid combination of arguments"),
            "pass bidirectional=True or bidirectional=False",
        ))
    # After its explicit checks torch runs range(num_layers), where a float num_layers
    # fails, and then allocates the weights, where a bad size or proj_size fails.
    out.sort(key=lambda p: 2 if p.outcome.source == "alloc"
             else 1 if p.outcome.message == _NOT_AN_INTEGER else 0)
    return out


def _forward_function(ctor: Constructor, call: BoundCall) -> str:
    """The ATen function an RNNBase forward calls: lstm(), gru(), rnn_tanh() or rnn_relu()."""
    if ctor.name != "RNN":
        return f"{ctor.name.lower()}()"
    nl = effective(ctor, call, "nonlinearity")
    return "rnn_relu()" if nl is not None and nl.known and nl.value == "relu" else "rnn_tanh()"


def _dropout_hint(value: Value) -> str:
    if value.known and isinstance(value.value, float) and not isinstance(value.value, bool):
        return f"if {value.text} was meant as the dropout, write dropout={value.text}"
    return ""


def _check_dropout(ctor: Constructor, call: BoundCall, dropout: Value | None,
                   layers: Value | None) -> list[Problem]:
    if dropout is None or not dropout.known:
        return []
    value = dropout.value
    where = _positional_note(ctor, call, "dropout")
    fix = "give dropout a probability between 0 and 1, e.g. dropout=0.2"
    if value is None or isinstance(value, complex):
        text = f"float() argument must be a string or a real number, not '{_type_name(value)}'"
        return [Problem(("dropout",), f"dropout={_said(dropout)}{where} is not a number",
                        "error", _raises("TypeError", text, "python"), fix)]
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            text = f"could not convert string to float: {value!r}"
            return [Problem(("dropout",), f"dropout={_said(dropout)}{where} is not a number",
                            "error", _raises("ValueError", text, "python"), fix)]
    if (not isinstance(value, numbers.Number) or isinstance(value, bool)
            or not 0 <= value <= 1):  # type: ignore[operator]
        return [Problem(("dropout",), f"dropout={_said(dropout)}{where} is not a probability in [0, 1]",
                        "error", _raises("ValueError", _DROPOUT_RANGE), fix)]
    if value > 0 and layers is not None and layers.known and layers.value == 1:
        text = (
            "dropout option adds dropout after all but last recurrent layer, so non-zero "
            "dropout expects num_layers greater than 1, but got "
            f"dropout={value} and num_layers={layers.value}"
        )
        layers_said = "num_layers=1" if layers.origin == "default" else f"num_layers={_said(layers)}"
        return [Problem(
            ("dropout", "num_layers"),
            f"dropout={_said(dropout)} with {layers_said} applies no dropout at all: torch "
            "drops out between stacked layers only",
            "warning", TorchOutcome("warns", "UserWarning", text),
            "use num_layers >= 2, or put an nn.Dropout on the output and remove dropout=",
        )]
    return []


def _check_family_size(ctor: Constructor, call: BoundCall, name: str,
                       value: Value | None) -> list[Problem]:
    if value is None or not value.known:
        return []
    v = value.value
    where = _positional_note(ctor, call, name)
    if isinstance(v, bool):
        if v and ctor.name == "RNN" and name == "hidden_size":
            # RNN's gate size is hidden_size itself, and torch.empty((True, I)) is refused.
            return [Problem((name,), f"{name}={_said(value)}{where} is a bool, not an int",
                            "error", _raises("TypeError", "empty(): argument 'size'", "alloc"),
                            f"give {name} as an int")]
        if v:
            return [Problem((name,), f"{name}={_said(value)}{where}: a bool used as a size; "
                            f"torch takes True as {name}=1", "warning",
                            TorchOutcome("accepts"), f"give {name} as an int")]
        return [Problem((name,), f"{name}={_said(value)}{where} is not a positive size", "error",
                        _raises("ValueError", f"{name} must be greater than zero"),
                        f"give {name} as a positive int")]
    if not isinstance(v, int):
        fix = f"give {name} as an int" + (f", e.g. {name}={int(v)}" if isinstance(v, float)
                                          and v.is_integer() else "")
        return [Problem((name,), f"{name}={_said(value)}{where} is not an int", "error",
                        _raises("TypeError", f"{name} should be of type int, got: {_type_name(v)}"),
                        fix)]
    if v <= 0:
        return [Problem((name,), f"{name}={_said(value)}{where} is not a positive size", "error",
                        _raises("ValueError", f"{name} must be greater than zero"),
                        f"give {name} as a positive int")]
    return []


def _check_layers(ctor: Constructor, call: BoundCall, layers: Value | None) -> list[Problem]:
    if layers is None or not layers.known:
        return []
    v = layers.value
    where = _positional_note(ctor, call, "num_layers")
    fix = "give num_layers as an int >= 1"
    if isinstance(v, bool):
        if v:
            return [Problem(("num_layers",), f"num_layers={_said(layers)}{where} is a bool: torch "
                            "builds the module, then the first forward pass fails", "error",
                            TorchOutcome("forward-raises", "TypeError",
                                         f"{_forward_function(ctor, call)} received an invalid combination of arguments"),
                            fix)]
        return [Problem(("num_layers",), f"num_layers={_said(layers)}{where} is less than 1",
                        "error", _raises("ValueError", "num_layers must be greater than zero"), fix)]
    if isinstance(v, (int, float)) and v <= 0:
        return [Problem(("num_layers",), f"num_layers={_said(layers)}{where} is less than 1",
                        "error", _raises("ValueError", "num_layers must be greater than zero"), fix)]
    if isinstance(v, float):
        return [Problem(("num_layers",), f"num_layers={_said(layers)}{where} is not an int", "error",
                        _raises("TypeError", _NOT_AN_INTEGER, "python"), fix)]
    if not isinstance(v, (int, float)):
        text = f"'<=' not supported between instances of '{_type_name(v)}' and 'int'"
        return [Problem(("num_layers",), f"num_layers={_said(layers)}{where} is not an int", "error",
                        _raises("TypeError", text, "python"), fix)]
    return []


def _check_projection(ctor: Constructor, call: BoundCall, proj: Value | None,
                      hidden: Value | None) -> list[Problem]:
    if proj is None or not proj.known or proj.origin == "default":
        return []
    v = proj.value
    where = _positional_note(ctor, call, "proj_size")
    fix = "give proj_size as an int smaller than hidden_size, or 0 for no projection"
    if not isinstance(v, (int, float)):
        text = f"'<' not supported between instances of '{_type_name(v)}' and 'int'"
        return [Problem(("proj_size",), f"proj_size={_said(proj)}{where} is not an int",
                        "error", _raises("TypeError", text, "python"), fix)]
    if v < 0:
        return [Problem(("proj_size",), f"proj_size={_said(proj)}{where} is negative", "error",
                        _raises("ValueError",
                                "proj_size should be a positive integer or zero to disable projections"),
                        fix)]
    if (hidden is not None and hidden.known and isinstance(hidden.value, int)
            and hidden.value > 0 and v >= hidden.value):
        return [Problem(("proj_size", "hidden_size"),
                        f"proj_size={_said(proj)}{where} is not smaller than "
                        f"hidden_size={_said(hidden)}", "error",
                        _raises("ValueError", "proj_size has to be smaller than hidden_size"),
                        "a projection maps h to fewer features: choose proj_size < hidden_size")]
    if v and (isinstance(v, (bool, float))):
        return [Problem(("proj_size",), f"proj_size={_said(proj)}{where} is not an int", "error",
                        _raises("TypeError", "empty(): argument 'size'", "alloc"), fix)]
    if ctor.name in ("GRU", "RNN") and v > 0:
        return [Problem(("proj_size",),
                        f"{proj.text} reaches proj_size{where}, which nn.{ctor.name} cannot use: "
                        "torch builds it, then the first forward pass fails", "error",
                        TorchOutcome("forward-raises", "RuntimeError", "Expected hidden size"),
                        "pass device= and dtype= by keyword")]
    return []


def _check_cell(ctor: Constructor, call: BoundCall) -> list[Problem]:
    """Cells check nothing themselves: bad sizes fail when the weights are allocated."""
    out: list[Problem] = []
    get = lambda name: effective(ctor, call, name)  # noqa: E731
    inp, hid = get("input_size"), get("hidden_size")
    for name, value in (("hidden_size", hid), ("input_size", inp)):
        if value is None or not value.known:
            continue
        v = value.value
        where = _positional_note(ctor, call, name)
        if isinstance(v, bool) or (isinstance(v, int) and v == 0):
            if v is True:
                msg = f"{name}={_said(value)}{where}: a bool used as a size; torch takes True as 1"
            else:
                msg = (f"{name}={_said(value)}{where}: the cell is built with no features "
                       "(nn." + ctor.name + " does not check its sizes)")
            out.append(Problem((name,), msg, "warning", TorchOutcome("accepts"),
                               f"give {name} as a positive int"))
        elif isinstance(v, int) and v < 0:
            out.append(Problem((name,), f"{name}={_said(value)}{where} is negative", "error",
                               _raises("RuntimeError", "Trying to create tensor with negative dimension",
                                       "alloc"), f"give {name} as a positive int"))
        elif not isinstance(v, int):
            text = ("unsupported operand type(s) for *: 'int' and 'NoneType'"
                    if v is None and name == "hidden_size" else "empty(): argument 'size'")
            out.append(Problem((name,), f"{name}={_said(value)}{where} is not an int", "error",
                               _raises("TypeError", text, "python" if v is None and name == "hidden_size"
                                       else "alloc"), f"give {name} as an int"))
    # torch.empty rejects a shape's types before its negative sizes; `G * None` fails first.
    out.sort(key=lambda p: p.outcome.exception != "TypeError")
    bias = call.arguments.get("bias")
    if bias is not None and bias.known and not isinstance(bias.value, bool):
        where = _positional_note(ctor, call, "bias")
        if ctor.name == "RNNCell" and bias.value == "relu":
            out.append(Problem(("bias",),
                               f"'relu' lands in bias{where}, so the cell keeps tanh",
                               "error", TorchOutcome("accepts"),
                               "write nonlinearity='relu'"))
        else:
            truth = "True" if bias.value else "False"
            out.append(Problem(("bias",), f"bias={_said(bias)}{where} is not a bool: nn.{ctor.name} "
                               f"takes it as {truth}", "warning", TorchOutcome("accepts"),
                               f"pass bias={truth}"))
    if ctor.name == "RNNCell":
        nl = call.arguments.get("nonlinearity")
        if nl is not None and nl.known and nl.value not in ("tanh", "relu"):
            out.append(Problem(("nonlinearity",),
                               f"nonlinearity={_said(nl)} is not 'tanh' or 'relu': nn.RNNCell "
                               "builds, then the first forward pass fails", "error",
                               TorchOutcome("forward-raises", "RuntimeError",
                                            f"Unknown nonlinearity: {nl.value}"),
                               "use nonlinearity='tanh' or nonlinearity='relu'"))
    return out



# --- sizes no machine can build -----------------------------------------------------------

_INT64_MAX = 2**63 - 1
# No 64-bit machine addresses more than 2**57 bytes (five-level paging): weights beyond that
# cannot be held anywhere, and torch would allocate layer after layer until memory ran out.
UNHOLDABLE_BYTES = 2**57
CANNOT_ALLOCATE = "DefaultCPUAllocator: can't allocate memory"


def _positive(value: Value | None) -> int | None:
    if value is None or not value.is_int() or value.value <= 0:
        return None
    return value.value


def itemsize(ctor: Constructor, call: BoundCall) -> int:
    """Bytes per weight: the call's dtype if it names one, float32 by default; 1 (a lower
    bound) when the dtype is not known."""
    dtype = effective(ctor, call, "dtype")
    if dtype is None:
        return 1
    if dtype.known and dtype.value is None:
        return DTYPE_BYTES["float32"]
    name = dtype_name(dtype.text)
    return DTYPE_BYTES[name] if name else 1


_Weight = tuple[str, tuple[int | None, ...], tuple[str, ...]]


def _weights(ctor: Constructor, call: BoundCall) -> list[_Weight]:
    """The weight matrices in the order torch allocates them (layer 0, and layer 1 when there
    is one: the layers above repeat it), unknown sizes as None, with the parameter each
    dimension comes from."""
    get = lambda name: effective(ctor, call, name)  # noqa: E731
    inp, hid = _positive(get("input_size")), _positive(get("hidden_size"))
    gates = None if hid is None else ctor.gates * hid
    if ctor.is_cell:
        return [("weight_ih", (gates, inp), ("hidden_size", "input_size")),
                ("weight_hh", (gates, hid), ("hidden_size", "hidden_size"))]
    proj = get("proj_size")
    proj_size = proj.value if proj is not None and proj.is_int() else None
    h_out = hid if proj_size == 0 else proj_size
    bidi = get("bidirectional")
    d = 2 if bidi is not None and bidi.known and bidi.value is True else 1
    layers = _positive(get("num_layers"))
    out = []
    for layer in range(2 if layers is not None and layers > 1 else 1):
        width = inp if layer == 0 else (None if h_out is None else d * h_out)
        out_name = "proj_size" if proj_size else "hidden_size"
        out += [(f"weight_ih_l{layer}", (gates, width),
                 ("hidden_size", "input_size" if layer == 0 else out_name)),
                (f"weight_hh_l{layer}", (gates, h_out), ("hidden_size", out_name))]
        if proj_size:
            out.append((f"weight_hr_l{layer}", (proj_size, hid), ("proj_size", "hidden_size")))
    return out


def unholdable_bytes(ctor: Constructor, call: BoundCall) -> int | None:
    """The weights' bytes (a lower bound) when no machine could hold them, else None:
    --verify allocates that many bytes on the CPU instead of building the layer."""
    problems = _check_too_large(ctor, call)
    if not problems or problems[0].outcome.message != CANNOT_ALLOCATE:
        return None
    return _total_bytes(ctor, call, itemsize(ctor, call))


def _check_too_large(ctor: Constructor, call: BoundCall) -> list[Problem]:
    """Sizes torch's allocator refuses (beyond int64), or weights no machine can hold."""
    size_bytes = itemsize(ctor, call)
    for name, shape, sources in _weights(ctor, call):
        known = [d for d in shape if d is not None]
        if not known:
            continue
        # the finding points at the parameter behind the weight's largest dimension
        culprit = (max((d, n) for d, n in zip(shape, sources) if d is not None)[1],)
        if any(d > _INT64_MAX for d in known):
            return [Problem(
                culprit,
                f"{name} would have a dimension beyond int64 ({_shape_text(shape)})",
                "error", _raises("TypeError", "empty(): argument 'size' failed to unpack the "
                                 "object at pos", "alloc"),
                "give sizes a machine can hold (hidden_size in the thousands, not more)",
            )]
        elements = 1
        for d in known:
            elements *= d
        if elements * size_bytes > _INT64_MAX:
            return [Problem(
                culprit,
                f"{name} ({_shape_text(shape)}) would take more bytes than int64 can count",
                "error", _raises("RuntimeError", "Storage size calculation overflowed with sizes=",
                                 "alloc"),
                "give sizes a machine can hold (hidden_size in the thousands, not more)",
            )]
    total = _total_bytes(ctor, call, size_bytes)
    if total is not None and total > UNHOLDABLE_BYTES:
        layers = effective(ctor, call, "num_layers")
        many = layers is not None and layers.is_int() and layers.value > 1024
        return [Problem(
            ("num_layers",) if many else ("hidden_size",),
            f"the weights would take {_about(total)} bytes, more than any 64-bit machine can "
            "address" + (" (torch would allocate layer after layer until memory ran out)"
                         if many else ""),
            "error", TorchOutcome("raises", "RuntimeError", CANNOT_ALLOCATE, "pattern"),
            "give num_layers and the sizes values a machine can hold",
        )]
    return []


def _about(n: int) -> str:
    """A huge count, readable: 1.28e+24, or 2**13288 where a float cannot hold it."""
    return f"{float(n):.3g}" if n.bit_length() < 1000 else f"2**{n.bit_length() - 1}"


def _dim(d: int | None) -> str:
    if d is None:
        return "?"
    return str(d) if d.bit_length() < 128 else f"~{_about(d)}"


def _shape_text(shape: tuple[int | None, ...]) -> str:
    return "(" + ", ".join(_dim(d) for d in shape) + ")"


def _total_bytes(ctor: Constructor, call: BoundCall, size_bytes: int) -> int | None:
    """A lower bound of the weights' bytes (unknown sizes count as 1), or None without any
    known size to go on."""
    get = lambda name: effective(ctor, call, name)  # noqa: E731
    inp, hid = _positive(get("input_size")), _positive(get("hidden_size"))
    layers = 1 if ctor.is_cell else _positive(get("num_layers"))
    if inp is None and hid is None and (layers is None or layers == 1):
        return None
    proj = None if ctor.is_cell else get("proj_size")
    proj_size = proj.value if proj is not None and proj.is_int() and proj.value >= 0 else 0
    bidi = None if ctor.is_cell else get("bidirectional")
    spec = LayerSpec(ctor, inp or 1, hid or max(1, proj_size + 1), layers or 1, bias=False,
                     bidirectional=bool(bidi is not None and bidi.known and bidi.value is True),
                     proj_size=proj_size if hid is None or proj_size < hid else 0)
    count = num_parameters(spec)
    return count * size_bytes if isinstance(count, int) else None


# --- dtype ----------------------------------------------------------------------------------

_NOT_FLOATING = frozenset({
    "int8", "int16", "int32", "int64", "short", "int", "long", "uint8", "uint16", "uint32",
    "uint64", "bool",
})
_REQUIRES_GRAD = "Only Tensors of floating point and complex dtype can require gradients"


def _check_dtype(ctor: Constructor, call: BoundCall) -> list[Problem]:
    """A dtype torch cannot make weights of: a string or number (torch wants torch.float16,
    not 'float16'), or an integer or bool type (weights must be able to learn)."""
    dtype = call.arguments.get("dtype")
    if dtype is None:
        return []
    where = _positional_note(ctor, call, "dtype")
    if dtype.known:
        if dtype.value is None:
            return []
        said = f"torch.{dtype.value}" if dtype_name(str(dtype.value)) else "torch.float32"
        return [Problem(("dtype",), f"dtype={_said(dtype)}{where} is not a torch.dtype", "error",
                        _raises("TypeError", f"empty(): argument 'dtype' must be torch.dtype, "
                                f"not {_type_name(dtype.value)}", "alloc"),
                        f"pass dtype={said}")]
    name = dtype.text.removeprefix("torch.")
    if dtype.text.startswith("torch.") and name in _NOT_FLOATING:
        return [Problem(("dtype",), f"dtype={_said(dtype)}{where} is not a floating point type: "
                        "a layer's weights must be", "error",
                        _raises("RuntimeError", _REQUIRES_GRAD, "alloc"),
                        "pass dtype=torch.float32 (or float16, bfloat16, float64) and convert "
                        "the input with .float()")]
    return []


# --- device (`lstmcheck shape` only) --------------------------------------------------------

DEVICE_TYPES = (
    "cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga",
    "maia", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "mtia", "privateuseone",
)
_INT32_MAX = 2**31 - 1


def device_problem(ctor: Constructor, call: BoundCall) -> Problem | None:
    """A device string torch 2.13 refuses (`'cuda:x'`, `'gpu'`), as `torch.device` parses it.

    Not part of check_values: a plugin may register another device type, and the linter's
    --verify builds every layer on the meta device whatever it names. `shape` asks for it."""
    device = call.arguments.get("device")
    if device is None or not device.known or device.value is None:
        return None
    value = device.value
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")  # torch reads bytes as the string they spell
        except UnicodeDecodeError:
            return None
    fix = "use e.g. device='cpu', 'cuda' or 'cuda:0'"
    if isinstance(value, int) and not isinstance(value, bool):
        if not -2**63 <= value < 2**63:
            return Problem(("device",), f"device={_said(device)} is not a device index: torch "
                           "reads one as a 64-bit integer", "error",
                           _raises("ValueError", "Overflow when unpacking long long"), fix)
        if value >= 0:
            return None  # an accelerator's index: valid on a machine that has one
        return Problem(("device",), f"device={_said(device)} is a negative device index", "error",
                       _raises("RuntimeError", "Device index must not be negative"), fix)
    if not isinstance(value, str):
        return Problem(("device",), f"device={_said(device)} is not a device", "error",
                       _raises("TypeError", f"empty(): argument 'device' must be torch.device, "
                               f"not {_type_name(value)}", "alloc"), fix)
    text = value
    kind, colon, index = text.partition(":")
    if kind not in DEVICE_TYPES:
        message = (f"Expected one of {', '.join(DEVICE_TYPES)} device type at start of device "
                   f"string: {text}")
    elif colon and not (index.isascii() and index.isdigit() and (index == "0" or index[0] != "0")):
        message = f"Invalid device string: '{text}'"
    elif colon and int(index) > _INT32_MAX:
        message = f"Could not parse device index '{index}' in device string '{text}'"
    else:
        return None
    return Problem(("device",), f"device={_said(device)} is not a device torch knows", "error",
                   _raises("RuntimeError", message), fix)
