"""Ops that pick entries along a dim: `argmax`/`argmin` give indices; `max`/`min`/`median`/
`mode`/`kthvalue` with a dim, `topk` and `sort` give a (values, indices) pair whose two
tensors have one shape, the one these functions return. A greedy decoder's
`outputs.max(1)[1]` is the (B,) of ids it embeds for the next step."""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims, axis
from lstmcheck.lint.shapefns.reduce import reduce
from lstmcheck.sizes import Size


def picked(dims: Dims, dim: int | None, keepdim: bool = False) -> Dims | None:
    """argmax/argmin, and max/min/median/mode/kthvalue along `dim`: the dim goes (stays as 1
    with keepdim). argmax without a dim indexes the flattened tensor: a scalar, or all ones
    with keepdim."""
    return reduce(dims, dim, keepdim)


def topk(dims: Dims, k: int, dim: int = -1) -> Dims | None:
    """`x.topk(k, dim)`: the dim becomes k; None when k is more than a known size of that dim
    (torch raises) or negative."""
    index = axis(dim, len(dims))
    if index is None or k < 0:
        return None
    if not dims:
        return () if k <= 1 else None
    size = dims[index]
    if size is not None and size.value is not None and k > size.value:
        return None
    return dims[:index] + (Size.number(k),) + dims[index + 1:]


def sort(dims: Dims, dim: int = -1) -> Dims | None:
    """`x.sort(dim)`: the same shape (a dim torch accepts; a 0-dim tensor takes any)."""
    if not dims:
        return dims
    return dims if axis(dim, len(dims)) is not None else None
