"""Joining tensors: cat along a dim, stack along a new one."""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims, axis
from lstmcheck.sizes import Size


def cat(shapes: tuple[Dims, ...], dim: int = 0) -> Dims | None:
    """The joined dim is the sum; the others are the first tensor's (torch needs them equal)."""
    if not shapes or len({len(s) for s in shapes}) != 1 or not shapes[0]:
        return None
    index = axis(dim, len(shapes[0]))
    if index is None:
        return None
    total: Size | None = Size.number(0)
    for shape in shapes:
        total = None if total is None or shape[index] is None else total + shape[index]
    first = shapes[0]
    return first[:index] + (total,) + first[index + 1:]


def stack(shapes: tuple[Dims, ...], dim: int = 0) -> Dims | None:
    if not shapes or len({len(s) for s in shapes}) != 1:
        return None
    index = axis(dim, len(shapes[0]) + 1)
    if index is None:
        return None
    first = shapes[0]
    return first[:index] + (Size.number(len(shapes)),) + first[index:]
