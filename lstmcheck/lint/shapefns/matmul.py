"""Matrix products: bmm, and matmul with its vector and batch rules."""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims
from lstmcheck.lint.shapefns.broadcast import broadcast


def bmm(a: Dims, b: Dims) -> Dims | None:
    if len(a) != 3 or len(b) != 3:
        return None
    return (a[0], a[1], b[2])


def matmul(a: Dims, b: Dims) -> Dims | None:
    if not a or not b:
        return None
    if len(a) == 1 and len(b) == 1:
        return ()
    if len(b) == 1:
        return a[:-1]
    if len(a) == 1:
        return b[:-2] + b[-1:]
    batch = broadcast(a[:-2], b[:-2])
    if batch is None:
        return None
    return batch + (a[-2], b[-1])


def mm(a: Dims, b: Dims) -> Dims | None:
    if len(a) != 2 or len(b) != 2:
        return None
    return (a[0], b[1])
