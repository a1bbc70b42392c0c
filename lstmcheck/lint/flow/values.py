"""What the flow knows of a name: a layer, a tensor (`records.Tensor`), a tuple of them, a size,
or a tensor known only by name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Union

from lstmcheck.records import CallRecord, Location, Tensor
from lstmcheck.sizes import Size


@dataclass(frozen=True)
class Layer:
    kind: str  # "recurrent", "linear", "embedding", "keep", "sequential"
    name: str  # "LSTM", "Linear", ...
    location: Location
    text: str
    record: CallRecord | None = None
    in_features: Size | None = None
    out_features: Size | None = None


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
