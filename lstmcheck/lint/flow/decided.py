"""Where a tensor's first and last dims were decided, followed through the ops that keep them:
`randn(num_dir, 1, H)` expanded over the batch keeps `num_dir` rows; `cat(...)` viewed as
`(1, B, 2*H)` keeps its 2*H features. A state wrong in such a dim is fixed where the dim was
decided, not at the op that only carried it (LC009's placement)."""

from __future__ import annotations

from lstmcheck.records import Location, Tensor
from lstmcheck.sizes import Size, same


# ops that may move elements between dims: a dim they keep in size may hold other elements
_REDISTRIBUTING = frozenset({"view", "reshape", "flatten", "unflatten"})


def _unit_dims_only(before: tuple[Size | None, ...], after: tuple[Size | None, ...]) -> bool:
    """A view that only adds or drops dims of 1 (`view(1, B, H)` of (B, H)): every element
    stays in its row and column."""
    def kept(dims: tuple[Size | None, ...]) -> list[Size | None]:
        return [d for d in dims if d is None or d.value != 1]
    left, right = kept(before), kept(after)
    return len(left) == len(right) and all(a is not None and b is not None and same(a, b)
                                           for a, b in zip(left, right))


def kept_dims_at(receiver: Tensor, dims: tuple[Size | None, ...] | None, op: str = ""
                 ) -> tuple[Location | None, Location | None]:
    """(first_at, last_at) of what an op makes of `receiver`: the receiver's own when the op
    keeps that dim (the first only when the rank is kept too; through a view, only one that
    adds or drops dims of 1), else None (decided by the op)."""
    before = receiver.dims
    if not before or not dims:
        return None, None
    if op in _REDISTRIBUTING and not _unit_dims_only(before, dims):
        return None, None
    first = last = None
    if len(before) == len(dims) and before[0] is not None and same(dims[0], before[0]):
        first = receiver.first_at or receiver.made_at
    if before[-1] is not None and same(dims[-1], before[-1]):
        last = receiver.last_at or receiver.made_at
    return first, last
