"""The shape calculator: flags and/or a pasted constructor -> a checked layer and its shapes.

Flags and the expression are merged into one bound call, so the same table, the same binding
and the same value checks serve `shape` and the linter. A flag beside the expression may fill
in a size the expression left as a name, but never silently replaces a value: a conflict is a
`UsageError` naming both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lstmcheck.expression import ExpressionError, read_constructor, shown
from lstmcheck.records import BoundCall, Value
from lstmcheck.formulas import (DTYPE_BYTES, Dim, LayerShapes, LayerSpec, dtype_name,
                              forward_shapes, mul)
from lstmcheck.signatures import MODES, Constructor, bind, effective
from lstmcheck.validate import as_floats, check_values, device_problem

_INT64_MAX = 2**63 - 1


class UsageError(ValueError):
    """One clear line for the user; the CLI prints it and exits with status 2."""


@dataclass(frozen=True)
class ShapeRequest:
    """What the user typed: flags are None where not given."""

    expression: str | None = None
    mode: str | None = None
    input_size: int | None = None
    hidden_size: int | None = None
    num_layers: int | None = None
    bias: bool | None = None
    batch_first: bool | None = None
    bidirectional: bool | None = None
    proj_size: int | None = None
    nonlinearity: str | None = None
    dropout: float | None = None
    seq_len: int | None = None
    batch: int | None = None
    unbatched: bool = False
    input_shape: str | None = None
    dtype: str | None = None  # float32 unless the flag or the expression names one


@dataclass(frozen=True)
class ShapeAnswer:
    ctor: Constructor
    spec: LayerSpec
    shapes: LayerShapes
    call: BoundCall
    seq_len: Dim
    batch: Dim
    unbatched: bool
    dtype: str
    num_bytes: Dim
    module_text: str
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    symbols: tuple[str, ...] = field(default_factory=tuple)


_FLAG_OF = {
    "input_size": "--input-size", "hidden_size": "--hidden-size", "num_layers": "--num-layers",
    "bias": "--bias/--no-bias", "batch_first": "--batch-first", "bidirectional": "--bidirectional",
    "proj_size": "--proj-size", "nonlinearity": "--nonlinearity", "dropout": "--dropout",
}


def _flag_values(req: ShapeRequest) -> dict[str, object]:
    given = {name: getattr(req, name) for name in _FLAG_OF}
    return {k: v for k, v in given.items() if v is not None}


def _merge(req: ShapeRequest) -> tuple[Constructor, BoundCall]:
    flags = _flag_values(req)
    if req.expression is None:
        ctor = MODES[req.mode or "lstm"]
        if "hidden_size" not in flags:
            raise UsageError("give --hidden-size/-H (or paste a constructor, e.g. 'nn.LSTM(10, 20)')")
        unknown = [f for f in flags if f not in ctor.names]
        if unknown:
            raise UsageError(_not_a_parameter(ctor, unknown[0]))
        arguments = [(k, Value.of(v)) for k, v in flags.items()]
        if "input_size" not in flags:
            # Without --input-size it is read from --input-shape, or stays the symbol H_in.
            arguments.insert(0, ("input_size", Value(text="H_in") if req.input_shape is None
                                 else Value.of(_parse_input_shape(req.input_shape)[-1],
                                               origin="from --input-shape")))
        call = bind(ctor, [], arguments)
        return ctor, call
    try:
        pasted = read_constructor(req.expression)
    except ExpressionError as exc:
        raise UsageError(str(exc)) from None
    ctor = pasted.ctor
    if req.mode is not None and MODES[req.mode] is not ctor:
        raise UsageError(
            f"--mode {req.mode} conflicts with the expression, which builds nn.{ctor.name}"
        )
    # A flag fills what the expression leaves open: a name, or a parameter it does not give
    # (`nn.LSTM(10)` with -H 20); a value it gives differently is a conflict.
    positional, keywords = list(pasted.positional), list(pasted.keywords)
    for name, flag_value in flags.items():
        if name not in ctor.names:
            raise UsageError(_not_a_parameter(ctor, name))
        filled = Value.of(flag_value, origin=f"from {_FLAG_OF[name]}")
        index = ctor.names.index(name)
        by_keyword = next((i for i, (k, _) in enumerate(keywords) if k == name), None)
        if index < len(positional):
            current = positional[index]
        elif by_keyword is not None:
            current = keywords[by_keyword][1]
        else:
            keywords.append((name, filled))
            continue
        if current.known and not _same(current.value, flag_value):
            raise UsageError(
                f"{name} is {current.text} in the expression but {_FLAG_OF[name]} says "
                f"{flag_value!r}: give it once"
            )
        if current.known:
            continue
        if index < len(positional):
            positional[index] = filled
        else:
            keywords[by_keyword] = (name, filled)  # type: ignore[index]
    return ctor, bind(ctor, positional, keywords)


def _same(a: object, b: object) -> bool:
    """Equal and of the same kind: 1 is not True, 2.0 is not 2."""
    return a == b and type(a) is type(b)


def _dtype(req: ShapeRequest, ctor: Constructor, call: BoundCall) -> str:
    """The weights' dtype: --dtype (float16, torch.float16, half ...) or the expression's."""
    flag = None
    if req.dtype is not None:
        flag = dtype_name(req.dtype)
        if flag is None:
            raise UsageError(f"--dtype {shown(req.dtype, 40)} is not one of float32, float64, "
                             "float16, bfloat16 (torch.float16, half and double also do)")
    given = call.arguments.get("dtype")
    if given is None or (given.known and given.value is None):
        return flag or "float32"
    named = None if given.known else dtype_name(given.text)
    if named is None:
        if flag is not None:
            return flag
        raise UsageError(f"dtype is {given.text}, which lstmcheck cannot read: add --dtype "
                         "(e.g. --dtype float16) to say which")
    if flag is not None and flag != named:
        raise UsageError(f"dtype is {given.text} in the expression but --dtype says {flag}: "
                         "give it once")
    return named


def _not_a_parameter(ctor: Constructor, name: str) -> str:
    return f"nn.{ctor.name} has no {name}: {_FLAG_OF[name]} does not apply to it"


def _raise_first_error(ctor: Constructor, call: BoundCall) -> list[str]:
    """Stop on what torch would reject; return the warnings torch would give."""
    if call.errors:
        error = call.errors[0]
        message = f"torch would raise TypeError: {error.message}{_binding_fix(ctor, error)}"
        more = _more_misspellings(call.errors[1:], ctor)
        if more and not message.endswith(("?", ".")):
            message += "."
        raise UsageError(message + more)
    _raise_on_true_division(ctor, call)
    warnings = []
    device = device_problem(ctor, call)
    problems = check_values(ctor, call)
    if device is not None and not any(p.severity == "error" for p in problems):
        problems.append(device)
    for problem in problems:
        if problem.severity == "error":
            outcome = problem.outcome
            said = (
                f"torch would raise {outcome.exception}: {outcome.message}"
                if outcome.kind == "raises"
                else f"torch builds it, but the forward pass raises {outcome.exception}"
                if outcome.kind == "forward-raises"
                else "torch builds it, but not as meant"
            )
            raise UsageError(f"{problem.message}; {said}. Fix: {problem.fix}")
        warnings.append(f"{problem.message}. Fix: {problem.fix}")
    return warnings


def _raise_on_true_division(ctor: Constructor, call: BoundCall) -> None:
    """`hidden/2` is a float whatever `hidden` holds (`/` always gives one), so torch refuses it
    as a size even though `shape` knows no number for it; `check`'s LC005 says the same."""
    for name in ("input_size", "hidden_size", "num_layers", "proj_size"):
        value = call.arguments.get(name)
        if value is None or value.known or "/" not in value.text:
            continue
        from lstmcheck.fixes.edits import true_division

        if true_division(value.text) is None:
            continue
        for problem in as_floats(ctor, call, (name,)):
            if problem.severity == "error":
                outcome = problem.outcome
                raise UsageError(
                    f"{name}={value.text} is a float whatever its names hold, as `/` always gives "
                    f"one; torch would raise {outcome.exception}: {outcome.message}. "
                    f"Fix: divide with // to get an int")


def _binding_fix(ctor: Constructor, error) -> str:
    from lstmcheck.signatures import suggest

    if error.kind == "missing":
        return f". Fix: give {' and '.join(error.params)}, e.g. nn.{ctor.name}(10, 20)"
    if error.kind == "unexpected":
        guess = suggest(ctor, error.params[0])
        return f". Did you mean {guess}=?" if guess else f". nn.{ctor.name} takes: {', '.join(ctor.names)}"
    return ""


def _more_misspellings(errors, ctor: Constructor) -> str:
    """torch names only the first unknown keyword; a pasted line with two (`input=`,
    `hidden=`) would fail again on the second once the first is fixed, so name them all."""
    from lstmcheck.signatures import suggest

    fixes = []
    for error in errors:
        if error.kind != "unexpected" or error.params[0] == "mode":
            continue
        guess = suggest(ctor, error.params[0])
        fixes.append(f"{error.params[0]}= (did you mean {guess}=?)" if guess
                     else f"{error.params[0]}=")
    if not fixes:
        return ""
    if len(fixes) == 1:
        return f" It would reject {fixes[0]} next"
    return f" It would reject these next: {', '.join(fixes)}"


def _size(value: Value | None, fallback: Dim) -> Dim:
    if value is None:
        return fallback
    if value.known:
        return int(value.value)
    return value.text


def _flag(value: Value | None, name: str) -> bool:
    if value is None:
        return False
    if not value.known:
        flag = _FLAG_OF[name].split("/")[0]
        raise UsageError(
            f"{name} is {value.text}, which lstmcheck cannot read: add {flag} or "
            f"--no-{flag[2:]} to say which"
        )
    return bool(value.value)


def _parse_input_shape(text: str) -> tuple[int, ...]:
    cleaned = text.strip().strip("()[]").strip().rstrip(",")
    parts = re.split(r"[,x]", cleaned)
    try:
        # An empty part ("5,,10", "5,x,10") is an error, not a dim left out: it would silently
        # make a different shape (an unbatched sequence).
        dims = tuple(int(part) for part in parts)
    except ValueError:
        raise UsageError(f"--input-shape {text!r} is not a list of ints like 7,3,10") from None
    if not dims or any(d < 0 for d in dims):
        raise UsageError(f"--input-shape {text!r} is not a list of non-negative ints like 7,3,10")
    return dims


def _data_dims(req: ShapeRequest, ctor: Constructor, batch_first: bool,
               input_size: Dim) -> tuple[Dim, Dim, bool, Dim]:
    """(seq_len, batch, unbatched, input_size) from -T/-N/--unbatched/--input-shape."""
    seq_len: Dim = req.seq_len if req.seq_len is not None else "L"
    batch: Dim = req.batch if req.batch is not None else "N"
    unbatched = req.unbatched
    if ctor.is_cell and req.seq_len is not None:
        raise UsageError(
            f"nn.{ctor.name} takes one time step: --seq-len does not apply (use --mode "
            f"{ctor.mode.removesuffix('-cell')} for a sequence)"
        )
    if unbatched and req.batch is not None:
        raise UsageError(f"--unbatched and --batch {req.batch} contradict each other: give one")
    if req.seq_len is not None and req.seq_len <= 0:
        raise UsageError(
            f"--seq-len {req.seq_len}: torch raises RuntimeError: Expected sequence length to "
            "be larger than 0 in RNN. Give at least one time step"
        )
    if req.batch is not None and req.batch < 0:
        raise UsageError(f"--batch {req.batch} is negative")
    if req.input_shape is None:
        return seq_len, batch, unbatched, input_size
    dims = _parse_input_shape(req.input_shape)
    expected = (1, 2) if ctor.is_cell else (2, 3)
    if len(dims) not in expected:
        kind = "1-D (H_in,) or 2-D (N, H_in)" if ctor.is_cell else "2-D (L, H_in) or 3-D"
        raise UsageError(
            f"--input-shape {req.input_shape} has {len(dims)} dimensions; nn.{ctor.name} takes "
            f"{kind} input"
        )
    shape_unbatched = len(dims) == expected[0]
    if req.unbatched and not shape_unbatched:
        raise UsageError(f"--unbatched conflicts with the batched --input-shape {req.input_shape}")
    features = dims[-1]
    if ctor.is_cell:
        got_batch = None if shape_unbatched else dims[0]
        got_seq = None
    elif shape_unbatched:
        got_seq, got_batch = dims[0], None
    else:
        got_seq, got_batch = (dims[1], dims[0]) if batch_first else (dims[0], dims[1])
    if got_seq == 0:
        raise UsageError(
            f"--input-shape {req.input_shape} has a sequence length of 0: torch raises "
            "RuntimeError: Expected sequence length to be larger than 0 in RNN"
        )
    for flag, given, got in (("--seq-len", req.seq_len, got_seq), ("--batch", req.batch, got_batch)):
        if given is not None and got is not None and given != got:
            raise UsageError(f"{flag} {given} conflicts with --input-shape {req.input_shape}, "
                             f"which has {flag[2:]} {got}")
    if shape_unbatched and req.batch is not None:
        raise UsageError(f"--batch {req.batch} conflicts with the unbatched --input-shape {req.input_shape}")
    if isinstance(input_size, int) and input_size != features:
        raise UsageError(
            f"--input-shape {req.input_shape} has {features} features in its last dimension but "
            f"input_size is {input_size}; torch raises RuntimeError: input.size(-1) must be equal "
            f"to input_size. Expected {input_size}, got {features}"
            + _sequence_length_hint(input_size, features, got_seq)
        )
    return (got_seq if got_seq is not None else seq_len,
            got_batch if got_batch is not None else batch,
            shape_unbatched, features)


def _sequence_length_hint(input_size: int, features: int, got_seq: int | None) -> str:
    """The quiz's mistake: the sequence length given as input_size, which is the features of
    one step and never the number of steps."""
    if got_seq != input_size:
        return ""
    return (f". input_size={input_size} is the sequence length here: input_size is the features "
            f"of one step ({features}); the number of steps is never a constructor argument")


def _notes(spec: LayerSpec, unbatched: bool) -> list[str]:
    if spec.ctor.is_cell:
        return ["a cell takes one time step; loop over the sequence and feed h (and c) back in"]
    notes = []
    if not unbatched and not spec.batch_first:
        notes.append("without batch_first the sequence comes first, (L, N, H_in); for "
                     "batches shaped (N, L, H_in) pass batch_first=True")
    if spec.batch_first and not unbatched:
        notes.append("batch_first applies to input and output only: h_n stays "
                     "(D*num_layers, N, H_out)"
                     + (" and c_n (D*num_layers, N, H_cell)" if spec.ctor.has_cell_state else ""))
    if spec.has_projection:
        notes.append(f"with proj_size, output and h_n carry proj_size ({spec.proj_size}) "
                     f"features while c_n carries hidden_size ({spec.hidden_size})")
    if spec.bidirectional:
        last = "output[:, -1]" if spec.batch_first and not unbatched else "output[-1]"
        notes.append(f"{last} and h_n[-1] differ: {last} joins the forward direction's last "
                     "step with the backward direction's first, h_n[-1] is the backward "
                     "direction alone (H_out); torch.cat((h_n[-2], h_n[-1]), dim=-1) gives both "
                     "final states (2*H_out)")
    return notes


def module_text(ctor: Constructor, call: BoundCall) -> str:
    """The call as torch sees it, every argument by keyword, defaults left out."""
    parts = []
    for name in ctor.names:
        value = call.arguments.get(name)
        if value is not None:
            parts.append(f"{name}={value.text}")
    return f"nn.{ctor.name}({', '.join(parts)})"


def _check_countable(shapes: LayerShapes, dtype: str) -> None:
    """A tensor torch cannot make, its size or bytes beyond int64 (-T and -N are not
    checked by any constructor)."""
    for tensor in (shapes.input, shapes.output, shapes.h_n, shapes.c_n):
        if tensor is None:
            continue
        known = [d for d in tensor.shape if isinstance(d, int)]
        count = 1
        for d in known:  # a named size counts as 1: the least it can be and still hold data
            count *= d
        if any(d > _INT64_MAX for d in known) or count * DTYPE_BYTES[dtype] > _INT64_MAX:
            raise UsageError(
                f"{tensor.name} would have about 2**{count.bit_length() - 1} elements, more "
                "than int64 can count: torch cannot make it; give a smaller --seq-len or --batch"
            )


def calculate(req: ShapeRequest) -> ShapeAnswer:
    """Check the layer as torch would, then work out every shape it takes and gives."""
    ctor, call = _merge(req)
    warnings = _raise_first_error(ctor, call)
    dtype = _dtype(req, ctor, call)
    get = lambda name: effective(ctor, call, name)  # noqa: E731
    batch_first = _flag(get("batch_first"), "batch_first") if not ctor.is_cell else False
    input_size = _size(get("input_size"), "H_in")
    seq_len, batch, unbatched, input_size = _data_dims(req, ctor, batch_first, input_size)
    spec = LayerSpec(
        ctor=ctor,
        input_size=input_size,
        hidden_size=_size(get("hidden_size"), "H"),
        num_layers=1 if ctor.is_cell else _size(get("num_layers"), 1),
        bias=_flag(get("bias"), "bias"),
        batch_first=batch_first,
        bidirectional=False if ctor.is_cell else _flag(get("bidirectional"), "bidirectional"),
        proj_size=0 if ctor.is_cell else _size(get("proj_size"), 0),
    )
    shapes = forward_shapes(spec, seq_len, batch, unbatched)
    _check_countable(shapes, dtype)
    symbols = sorted({d for t in (shapes.input, shapes.output, shapes.h_n) for d in t.shape
                      if isinstance(d, str)})
    return ShapeAnswer(
        ctor=ctor, spec=spec, shapes=shapes, call=call, seq_len=seq_len, batch=batch,
        unbatched=unbatched, dtype=dtype,
        num_bytes=mul(shapes.num_parameters, DTYPE_BYTES[dtype]),
        module_text=module_text(ctor, call), notes=tuple(_notes(spec, unbatched)),
        warnings=tuple(warnings), symbols=tuple(symbols),
    )
