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


def _index(value: object, rank: int) -> int | None:
    """A literal dim argument as a position in a tensor of `rank` dims."""
    number = value.value if isinstance(value, Size) else None
    if number is None or not -rank <= number < rank:
        return None
    return number % rank


def dims_decided_at(receiver: Tensor, dims: tuple[Size | None, ...] | None, op: str, args: list,
                    kwargs: dict) -> tuple[Location | None, ...] | None:
    """Where each dim of what the op makes was decided (None: by this op, or not followed),
    through the ops that only move or add dims and keep every element where it is:
    `zeros(1, 512).unsqueeze(0)` keeps the 1 rows of the zeros call as its second dim, the
    batch an LSTM's state is then checked for. `Tensor.dims_at`."""
    before = receiver.dims
    if not before or not dims:
        return None
    own = receiver.dims_at if receiver.dims_at is not None and len(receiver.dims_at) == len(before) \
        else (receiver.made_at,) * len(before)
    given = kwargs.get("dim", args[0] if args else None)
    if op == "unsqueeze" and len(dims) == len(before) + 1:
        at = _index(given, len(dims))
        return None if at is None else own[:at] + (None,) + own[at:]
    if op == "squeeze" and len(dims) == len(before) - 1 and given is not None:
        at = _index(given, len(before))
        return None if at is None else own[:at] + own[at + 1:]
    if op in ("transpose", "swapaxes") and len(dims) == len(before) and len(args) == 2:
        a, b = _index(args[0], len(before)), _index(args[1], len(before))
        if a is None or b is None:
            return None
        moved = list(own)
        moved[a], moved[b] = moved[b], moved[a]
        return tuple(moved)
    if op in ("contiguous", "detach", "clone", "float", "to", "cuda", "cpu") and len(dims) == len(before):
        return own
    return None
