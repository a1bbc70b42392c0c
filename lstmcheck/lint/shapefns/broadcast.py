"""Elementwise ops between tensors: the shapes broadcast, aligned from the right."""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims
from lstmcheck.sizes import Size, same


def _pair(a: Size | None, b: Size | None) -> tuple[bool, Size | None]:
    """(torch accepts, the dim): a 1 takes the other; equal sizes stay; two different numbers
    are rejected; a number other than 1 against an unknown is that number (if torch accepts);
    anything else (names that may be 1) is unknown."""
    if a is not None and a.value == 1:
        return True, b
    if b is not None and b.value == 1:
        return True, a
    if same(a, b):
        return True, a
    if a is not None and b is not None and a.value is not None and b.value is not None:
        return False, None
    if a is not None and a.value is not None and (b is None or b.value is None):
        return True, a
    if b is not None and b.value is not None and (a is None or a.value is None):
        return True, b
    return True, None


def broadcast(a: Dims, b: Dims) -> Dims | None:
    rank = max(len(a), len(b))
    left = (Size.number(1),) * (rank - len(a)) + a
    right = (Size.number(1),) * (rank - len(b)) + b
    out = []
    for x, y in zip(left, right):
        ok, size = _pair(x, y)
        if not ok:
            return None
        out.append(size)
    return tuple(out)


def last_dim(a: Size | None, b: Size | None) -> Size | None:
    """The last dim two tensors of unknown rank broadcast to, from their last dims alone
    (None: unknown, or torch rejects): a number other than 1 against anything stays."""
    ok, size = _pair(a, b)
    return size if ok else None
