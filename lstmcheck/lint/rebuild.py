"""A recurrent-layer call rebuilt as the literal arguments torch would receive, for --verify.

Only literals reach torch: a value written inline, or one the linter resolved to a literal (a
module or class constant, a parameter default). `device` is replaced by the meta device and a
`dtype` spelled `torch.float64` is kept; anything else unknown makes the call unverifiable,
and the reason names the value. The user's code is never imported or run.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Union

from lstmcheck.records import CallRecord
from lstmcheck.signatures import CONSTRUCTORS, REQUIRED

DTYPES = frozenset({
    "float32", "float", "float64", "double", "float16", "half", "bfloat16", "complex64",
    "complex128", "int8", "int16", "int32", "int64", "long", "int", "uint8", "bool",
})


@dataclass(frozen=True)
class Dtype:
    """A dtype named in the call (`torch.float64`), resolved by name inside verify.py."""

    name: str


META = object()  # stands for the meta device wherever the call passed one

# A layer costs Python objects to build even on meta, and a meta forward pass milliseconds
# per layer and direction: past this, a literal num_layers is left unverified rather than
# allowed to take the run's time and memory. Real models stack far fewer.
MAX_LAYERS = 32


@dataclass(frozen=True)
class Rebuilt:
    constructor: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    unknown: str | None = None  # why the call cannot be rebuilt
    stood_in: tuple[str, ...] = ()  # "input_size=n_input", replaced by a valid value

    @property
    def complete(self) -> bool:
        return self.unknown is None

    def text(self) -> str:
        """The call torch was given: `nn.LSTM(10, 20, device='meta')`."""
        said = [_shown(a) for a in self.args]
        said += [f"{k}={_shown(v)}" for k, v in self.kwargs.items()]
        return f"nn.{self.constructor}({', '.join(said)})"


def _shown(value: Any) -> str:
    if value is META:
        return "'meta'"
    if isinstance(value, Dtype):
        return f"torch.{value.name}"
    return repr(value)


def _literal(node: ast.expr) -> tuple[bool, Any]:
    try:
        return True, ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False, None


def _value(record: CallRecord, name: str | None, node: ast.expr, text: str) -> tuple[bool, Any]:
    if name == "device":
        return True, META
    if name == "dtype":
        dotted = ast.get_source_segment(text, node) or ""
        leaf = dotted.rsplit(".", 1)[-1]
        if isinstance(node, (ast.Attribute, ast.Name)) and leaf in DTYPES:
            return True, Dtype(leaf)
        if isinstance(node, ast.Constant) and node.value is None:
            return True, None
        return False, None
    ok, literal = _literal(node)
    if ok:
        return True, literal
    value = record.call.arguments.get(name) if name else None
    if value is not None and value.known and value.text == ast.get_source_segment(text, node):
        return True, value.value
    return False, None


def valid_value(constructor: str, name: str | None) -> Any:
    """A valid value for a parameter: its default, or 1 for a size."""
    ctor = CONSTRUCTORS[constructor]
    if name is None or name not in ctor.names:
        return None
    default = ctor.default(name)
    return 1 if default is REQUIRED else default


StandIns = Union[Mapping[str, Any], Literal["all"], None]


def rebuild(record: CallRecord, stand_ins: StandIns = None,
            overrides: Mapping[str, Any] | None = None) -> Rebuilt:
    """The call's arguments, positional and keyword, as literals; or why that is impossible.

    `stand_ins` replaces unknown values, for verdicts they cannot change: "all" gives every
    unknown a valid value (argument binding fails before torch reads any value), a mapping
    gives the named parameters theirs (a state's shape does not depend on input_size).
    `overrides` replaces the named arguments whatever they are: a finding's fix applied.
    """
    text = record.text.strip()
    try:
        call = ast.parse(text, mode="eval").body
    except SyntaxError:
        return Rebuilt(record.constructor, unknown="the call's text does not parse on its own")
    if not isinstance(call, ast.Call):
        return Rebuilt(record.constructor, unknown="not a plain call")

    def unknown(what: str | None) -> Rebuilt:
        return Rebuilt(record.constructor, unknown=f"{what} is not known statically")
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        bound = _from_bound(record, stand_ins, overrides)
        if bound is not None:
            return bound
    order = CONSTRUCTORS[record.constructor].names
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    stood_in: list[str] = []

    def known(name: str | None, node: ast.expr) -> tuple[bool, Any]:
        if overrides and name in overrides:
            return True, overrides[name]
        ok, value = _value(record, name, node, text)
        if ok or stand_ins is None:
            return ok, value
        if stand_ins == "all":
            value = valid_value(record.constructor, name)
        elif name in stand_ins:
            value = stand_ins[name]
        else:
            return False, None
        stood_in.append(f"{name or 'an argument'}={ast.get_source_segment(text, node)}")
        return True, value

    for index, node in enumerate(call.args):
        if isinstance(node, ast.Starred):
            return unknown(f"*{ast.get_source_segment(text, node.value)}")
        name = order[index] if index < len(order) else None
        ok, value = known(name, node)
        if not ok:
            return unknown(f"{name or 'an argument'}={ast.get_source_segment(text, node)}")
        args.append(value)
    for keyword in call.keywords:
        if keyword.arg is None:
            return unknown(f"**{ast.get_source_segment(text, keyword.value)}")
        ok, value = known(keyword.arg, keyword.value)
        if not ok:
            return unknown(f"{keyword.arg}={ast.get_source_segment(text, keyword.value)}")
        kwargs[keyword.arg] = value
    layers = kwargs["num_layers"] if "num_layers" in kwargs else (
        args[order.index("num_layers")] if "num_layers" in order and
        order.index("num_layers") < len(args) else 1)
    if isinstance(layers, int) and layers > MAX_LAYERS:
        return Rebuilt(record.constructor, unknown=f"num_layers={layers} is more layers than "
                                                   f"--verify builds (at most {MAX_LAYERS})")
    return Rebuilt(record.constructor, tuple(args), kwargs, stood_in=tuple(stood_in))


def _from_bound(record: CallRecord, stand_ins: StandIns,
                overrides: Mapping[str, Any] | None) -> Rebuilt | None:
    """A call that unpacks `*args` or `**kwargs` rebuilt from what the linter bound: when the
    binding is whole (nothing more may be passed, no binding error), each argument by its
    name, as Python would have bound it; None when it is not whole."""
    call = record.call
    if call.partial or call.errors:
        return None
    kwargs: dict[str, Any] = {}
    stood_in: list[str] = []
    for name, value in call.arguments.items():
        if overrides and name in overrides:
            kwargs[name] = overrides[name]
        elif name == "device":
            kwargs[name] = META
        elif name == "dtype":
            leaf = value.text.rsplit(".", 1)[-1]
            if value.known and value.value is None:
                kwargs[name] = None
            elif leaf in DTYPES:
                kwargs[name] = Dtype(leaf)
            else:
                return Rebuilt(record.constructor, unknown=f"dtype={value.text} is not known statically")
        elif value.known:
            kwargs[name] = value.value
        elif stand_ins == "all" or (isinstance(stand_ins, Mapping) and name in stand_ins):
            kwargs[name] = valid_value(record.constructor, name) if stand_ins == "all" else stand_ins[name]
            stood_in.append(f"{name}={value.text}")
        else:
            return Rebuilt(record.constructor, unknown=f"{name}={value.text} is not known statically")
    layers = kwargs.get("num_layers", 1)
    if isinstance(layers, int) and layers > MAX_LAYERS:
        return Rebuilt(record.constructor, unknown=f"num_layers={layers} is more layers than "
                                                   f"--verify builds (at most {MAX_LAYERS})")
    return Rebuilt(record.constructor, (), kwargs, stood_in=tuple(stood_in))
