"""What the flow knows of a name: a layer, a tensor (`records.Tensor`), a tuple of them, a size,
or a tensor known only by name."""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Any, Union

from lstmcheck.records import CallRecord, Location, Tensor
from lstmcheck.sizes import Size


@dataclass(frozen=True)
class Layer:
    kind: str  # "recurrent", "linear", "embedding", "keep", "sequential", "module", "object"
    name: str  # "LSTM", "Linear", ..., or a class of the file ("module": its forward is inlined)
    location: Location
    text: str
    record: CallRecord | None = None
    in_features: Size | None = None
    out_features: Size | None = None
    forward: Any = None  # "module": the scope of the class's forward; "object": its __init__
    options: tuple[tuple[str, Any], ...] = ()  # Conv1d's kernel_size..., attention's batch_first


@dataclass(frozen=True)
class Tup:
    items: tuple[Any, ...]


@dataclass(frozen=True)
class Symbolic:
    """A tensor known only by name: its dims are named sizes (`x.size(0)`)."""

    key: str  # "x@Model.forward:4"


Val = Union[Tensor, Tup, Layer, Size, Symbolic, None]


def as_size(value: Val) -> Val:
    """A parameter used as a size (`batch` in `torch.zeros(layers, batch, hidden)`)."""
    if isinstance(value, Symbolic) and "#" not in value.key:
        return Size.named(value.key)
    return value


def dim_key(key: str, index: int) -> Size:
    display, _, where = key.partition("@")
    return Size.named(f"{display}.size({index})@{where}")


GONE = object()  # a name absent from an environment
# a parameter that the call being inlined leaves at its `None` default: `x is None` holds
IS_NONE = object()
# a parameter that the call being inlined passes `True` or `False` (or leaves at such a default):
# `if cell:` in the helper is decided by the caller, as it runs
IS_TRUE = object()
IS_FALSE = object()


class _SizeTag:
    """Marks a size in what `judged` returns: no field name can be mistaken for it (a Value's
    field is called `size`)."""

    def __repr__(self) -> str:
        return "<size>"


SIZE = _SizeTag()


# where things came from, and what says so: no part of what a rule judges
_NOT_JUDGED = frozenset(("origin", "origin_at", "when", "hypothetical", "assumed", "line",
                         "defaulted", "site_at", "option", "bound_at", "rank_assumed", "dims_at",
                         "fixed_batch"))
# a record type -> its judged fields, in order (`fields()` and the test above, once per type:
# they were half of judging the configurations' records and feeds)
_JUDGED_FIELDS: dict[type, tuple[str, ...] | bool] = {}  # False: not a dataclass


def judged(item: Any, values: dict[str, Any]) -> Any:
    """What a rule judges of a record or a feed, with the named sizes that `values` gives (ints
    or sizes) put in: everything but where things came from, as a comparable tuple."""
    if isinstance(item, Size):
        return (SIZE, item.substitute(values).terms)
    kind = type(item)
    names = _JUDGED_FIELDS.get(kind)
    if names is None:
        names = tuple(f.name for f in fields(item)
                      if f.name not in _NOT_JUDGED) if is_dataclass(item) else False
        if not isinstance(item, type):  # a class's metaclass tells nothing of its fields
            _JUDGED_FIELDS[kind] = names
    if names is not False:
        return tuple((name, judged(getattr(item, name), values)) for name in names)
    if isinstance(item, dict):
        return tuple((k, judged(v, values)) for k, v in item.items())
    if isinstance(item, (list, tuple)):
        return tuple(judged(v, values) for v in item)
    return repr(item)
