"""Shape and parameter formulas of the six layers, over numbers or symbols.

A size is an int when it is known and a string when it is not ("hidden", "H_in", "L").
Products and sums of known sizes fold to numbers; otherwise they stay readable expressions
("2*hidden"). These are torch 2.13's formulas (see the reference in shared/); the tests
compare every one of them with real forward passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Union

from lstmcheck.signatures import Constructor

Dim = Union[int, str]
Shape = tuple[Dim, ...]

DTYPE_BYTES: dict[str, int] = {
    "float32": 4, "float": 4, "float64": 8, "double": 8,
    "float16": 2, "half": 2, "bfloat16": 2,
}

# torch's other names for the same dtypes: `torch.half` is `torch.float16`.
_DTYPE_ALIASES = {"float": "float32", "double": "float64", "half": "float16"}


def dtype_name(text: str) -> str | None:
    """The canonical name of a floating dtype as people write it (float16, torch.float16,
    half, torch.half), or None when it is not one a recurrent layer's weights can have."""
    name = text.strip().strip("'\"")
    name = name.removeprefix("torch.")
    if name not in DTYPE_BYTES:
        return None
    return _DTYPE_ALIASES.get(name, name)


def _has_top_level_sum(text: str) -> bool:
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and ch in "+-" and i > 0:
            return True
    return False


def _atom(text: str) -> str:
    return f"({text})" if _has_top_level_sum(text) else text


# A product with a leading number ("2*hidden"), whose number a further product folds in.
_COEFFICIENT = re.compile(r"^(\d+)\*(?!\*)(.+)$")  # not the base of a power: 10**k


def mul(*factors: Dim) -> Dim:
    """The product, folded where the factors are numbers: mul(2, 'hidden') == '2*hidden'."""
    number = 1
    symbols: list[str] = []
    for f in factors:
        if isinstance(f, int):
            number *= f
            continue
        coefficient = _COEFFICIENT.match(f)
        if coefficient and not _has_top_level_sum(f):
            number *= int(coefficient.group(1))
            f = coefficient.group(2)
        symbols.append(_atom(f))
    if not symbols or number == 0:
        return number
    return "*".join(([str(number)] if number != 1 else []) + symbols)


def add(*terms: Dim) -> Dim:
    """The sum, folded where the terms are numbers: add('I', 'H', 2) == 'I + H + 2'."""
    number = 0
    symbols: list[str] = []
    for t in terms:
        if isinstance(t, int):
            number += t
        else:
            symbols.append(str(t))
    if not symbols:
        return number
    text = " + ".join(symbols)
    if number:
        text += f" + {number}" if number > 0 else f" - {-number}"
    return text


@dataclass(frozen=True)
class LayerSpec:
    """A configured layer, as far as shapes need it: sizes may be symbols, flags are known."""

    ctor: Constructor
    input_size: Dim
    hidden_size: Dim
    num_layers: Dim = 1
    bias: bool = True
    batch_first: bool = False
    bidirectional: bool = False
    proj_size: Dim = 0

    @property
    def directions(self) -> int:
        return 2 if self.bidirectional else 1

    @property
    def has_projection(self) -> bool:
        return self.proj_size != 0

    @property
    def hidden_out(self) -> Dim:
        """H_out: what h carries, proj_size when projecting, else hidden_size."""
        return self.proj_size if self.has_projection else self.hidden_size


@dataclass(frozen=True)
class Tensor:
    """One named shape with the formula it came from, in torch's documentation letters."""

    name: str
    shape: Shape
    formula: str


@dataclass(frozen=True)
class Parameter:
    name: str
    shape: Shape


@dataclass(frozen=True)
class LayerShapes:
    input: Tensor
    output: Tensor
    h_n: Tensor
    c_n: Tensor | None
    h_0: Tensor
    c_0: Tensor | None
    parameters: tuple[Parameter, ...]
    num_parameters: Dim


def forward_shapes(spec: LayerSpec, seq_len: Dim = "L", batch: Dim = "N",
                   unbatched: bool = False) -> LayerShapes:
    """The shapes one forward pass takes and gives, and the layer's parameters."""
    if spec.ctor.is_cell:
        return _cell_shapes(spec, batch, unbatched)
    d, h, h_out, layers = spec.directions, spec.hidden_size, spec.hidden_out, spec.num_layers
    state_rows = mul(d, layers)
    state_rows_f = "num_layers" if d == 1 else "D*num_layers"
    out_f = "D*H_out" if (d == 2 or spec.has_projection) else "H_out"
    if unbatched:
        inp = Tensor("input", (seq_len, spec.input_size), "(L, H_in)")
        out = Tensor("output", (seq_len, mul(d, h_out)), f"(L, {out_f})")
        h_n = Tensor("h_n", (state_rows, h_out), f"({state_rows_f}, H_out)")
        c_n = Tensor("c_n", (state_rows, h), f"({state_rows_f}, H_cell)")
    else:
        lead, lead_f = ((batch, seq_len), "N, L") if spec.batch_first else ((seq_len, batch), "L, N")
        inp = Tensor("input", (*lead, spec.input_size), f"({lead_f}, H_in)")
        out = Tensor("output", (*lead, mul(d, h_out)), f"({lead_f}, {out_f})")
        h_n = Tensor("h_n", (state_rows, batch, h_out), f"({state_rows_f}, N, H_out)")
        c_n = Tensor("c_n", (state_rows, batch, h), f"({state_rows_f}, N, H_cell)")
    lstm = spec.ctor.has_cell_state
    return LayerShapes(
        input=inp,
        output=out,
        h_n=h_n,
        c_n=c_n if lstm else None,
        h_0=Tensor("h_0", h_n.shape, h_n.formula),
        c_0=Tensor("c_0", c_n.shape, c_n.formula) if lstm else None,
        parameters=parameters(spec),
        num_parameters=num_parameters(spec),
    )


def _cell_shapes(spec: LayerSpec, batch: Dim, unbatched: bool) -> LayerShapes:
    lead: Shape = () if unbatched else (batch,)
    lead_f = "" if unbatched else "N, "
    h = spec.hidden_size
    inp = Tensor("input", (*lead, spec.input_size), f"({lead_f}H_in)" if lead else "(H_in,)")
    state = (*lead, h)
    state_f = f"({lead_f}H_hidden)" if lead else "(H_hidden,)"
    lstm = spec.ctor.has_cell_state
    return LayerShapes(
        input=inp,
        output=Tensor("h'", state, state_f),
        h_n=Tensor("h'", state, state_f),
        c_n=Tensor("c'", state, state_f) if lstm else None,
        h_0=Tensor("h_0", state, state_f),
        c_0=Tensor("c_0", state, state_f) if lstm else None,
        parameters=parameters(spec),
        num_parameters=num_parameters(spec),
    )


# Past this many layers the listing shows layer 0 and one `l{k}` set for the layers above,
# as for a symbolic num_layers: the layers above all have the same shapes, and a listing of
# 10**20 layers would never end.
MAX_LISTED_LAYERS = 16


def parameters(spec: LayerSpec) -> tuple[Parameter, ...]:
    """Every parameter tensor, named and ordered as torch registers them.

    With a symbolic num_layers (or more than MAX_LISTED_LAYERS), layer 0 is listed and then
    one entry per tensor of the layers above it, named with `k` (weight_ih_l{k},
    k = 1 .. num_layers-1).
    """
    g, h = spec.ctor.gates, spec.hidden_size
    gh = mul(g, h)
    if spec.ctor.is_cell:
        out = [Parameter("weight_ih", (gh, spec.input_size)), Parameter("weight_hh", (gh, h))]
        if spec.bias:
            out += [Parameter("bias_ih", (gh,)), Parameter("bias_hh", (gh,))]
        return tuple(out)
    h_out, d = spec.hidden_out, spec.directions
    listed = isinstance(spec.num_layers, int) and spec.num_layers <= MAX_LISTED_LAYERS
    layers = [str(k) for k in range(spec.num_layers)] if listed else ["0", "{k}"]  # type: ignore[arg-type]
    out = []
    for layer in layers:
        for suffix in ("", "_reverse")[:d]:
            width = spec.input_size if layer == "0" else mul(d, h_out)
            out.append(Parameter(f"weight_ih_l{layer}{suffix}", (gh, width)))
            out.append(Parameter(f"weight_hh_l{layer}{suffix}", (gh, h_out)))
            if spec.bias:
                out.append(Parameter(f"bias_ih_l{layer}{suffix}", (gh,)))
                out.append(Parameter(f"bias_hh_l{layer}{suffix}", (gh,)))
            if spec.has_projection:
                out.append(Parameter(f"weight_hr_l{layer}{suffix}", (spec.proj_size, h)))
    return tuple(out)


def num_parameters(spec: LayerSpec) -> Dim:
    """The total count: D*[G*H*(I + H_out + b) + P*H] + (L-1)*D*[G*H*(D*H_out + H_out + b) + P*H]."""
    g, h, b = spec.ctor.gates, spec.hidden_size, 2 if spec.bias else 0
    if spec.ctor.is_cell:
        return mul(g, h, add(spec.input_size, h, b))
    d, h_out = spec.directions, spec.hidden_out
    proj = mul(spec.proj_size, h) if spec.has_projection else 0
    first = mul(d, add(mul(g, h, add(spec.input_size, h_out, b)), proj))
    upper = mul(d, add(mul(g, h, add(mul(d, h_out), h_out, b)), proj))
    if spec.num_layers == 1:
        return first
    return add(first, mul(add(spec.num_layers, -1), upper))


def format_shape(shape: Shape) -> str:
    """(L, N, 40) as torch's documentation writes shapes; a 1-d shape keeps its comma."""
    inner = ", ".join(str(d) for d in shape)
    return f"({inner},)" if len(shape) == 1 else f"({inner})"
