"""Cutting a tensor into pieces (split, chunk, unbind): the shape of the first piece, which is
what the first iteration of a loop over the pieces sees (`for step in x.split(1, dim=1)`,
`zip(self.layers, box.unbind(0))`)."""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims, axis
from lstmcheck.sizes import Size, same


def _with(dims: Dims, index: int, size: Size | None) -> Dims:
    return dims[:index] + (size,) + dims[index + 1:]


def split(dims: Dims, size: Size | tuple[Size, ...], dim: int = 0) -> Dims | None:
    """`x.split(size, dim)`: pieces of `size` rows (the last may be shorter); with a list of
    sizes, the first piece has the first size. None when not known or torch rejects it."""
    index = axis(dim, len(dims))
    if index is None or not dims:
        return None
    n = dims[index]
    if isinstance(size, tuple):
        if not size or n is None or size[0].value is None or size[0].value < 0:
            return None
        total = Size.number(0)
        for part in size:
            total = total + part
        return _with(dims, index, size[0]) if same(total, n) else None
    k = size.value
    if k is not None and k <= 0:
        return None
    if n is not None and n.value is not None and k is not None:
        return _with(dims, index, Size.number(min(k, n.value))) if n.value else None
    if same(size, n) or k == 1:  # one piece of the whole dim; rows one by one
        return _with(dims, index, size)
    return None


def chunk(dims: Dims, chunks: int, dim: int = 0) -> Dims | None:
    """`x.chunk(c, dim)`: the first of at most c pieces of ceil(n / c) rows."""
    index = axis(dim, len(dims))
    if index is None or not dims or chunks < 1:
        return None
    n = dims[index]
    if n is None:
        return None
    if n.value is not None:
        return _with(dims, index, Size.number(-(-n.value // chunks))) if n.value else None
    if n.terms and all(coefficient % chunks == 0 for _, coefficient in n.terms):
        return _with(dims, index, Size(tuple((m, c // chunks) for m, c in n.terms), n.assumed))
    return None


def unbind(dims: Dims, dim: int = 0) -> Dims | None:
    """`x.unbind(dim)`, and iterating over a tensor (dim 0): each piece lacks the dim."""
    index = axis(dim, len(dims))
    if index is None or not dims:
        return None
    return dims[:index] + dims[index + 1:]
