"""`torch.cat` of tensors some of whose ranks the walk does not know: torch joins only tensors
of one rank, so the result has the rank of those it knows; the joined dim is the sum of the
parts' sizes there, the other dims any part's that knows them (torch requires them equal).
`cat([embedded_char, context.view(1, 2 * H)], dim=1)`: (1, E + 2*H), a 2-D step."""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.flow.values import Tup, Val
from lstmcheck.lint.shapefns import axis
from lstmcheck.records import Tensor
from lstmcheck.sizes import Size


def _joined_size(tensors: list[Tensor], index: int, rank: int) -> Size | None:
    total = Size.number(0)
    for tensor in tensors:
        if tensor.dims is not None:
            size = tensor.dims[index]
        else:  # rank unknown: only its feature size is known, and only for the last dim
            size = tensor.last if index == rank - 1 else None
        if size is None:
            return None
        total = total + size
    return total


def cat_partly_known(items: Val, dim: Val, line: int) -> Tensor | None:
    """The joined tensor, when every part is a tensor, at least one of known rank, those of
    known rank agreeing on it."""
    if not isinstance(items, Tup) or not isinstance(dim, Size) or dim.value is None:
        return None
    tensors = list(items.items)
    if not tensors or not all(isinstance(t, Tensor) for t in tensors):
        return None
    known = [t for t in tensors if t.dims is not None]
    if not known or len({len(t.dims) for t in known}) != 1:  # type: ignore[arg-type]
        return None
    rank = len(known[0].dims)  # type: ignore[arg-type]
    index = axis(dim.value, rank)
    if index is None or rank == 0:
        return None
    dims: list[Size | None] = []
    for i in range(rank):
        if i == index:
            dims.append(_joined_size(tensors, index, rank))
        else:
            dims.append(next((t.dims[i] for t in known if t.dims[i] is not None), None))  # type: ignore[index]
    if index != rank - 1 and dims[-1] is None:
        dims[-1] = next((t.last for t in tensors if t.last is not None), None)
    layers = {t.layer for t in tensors}
    return carried(Tensor(tuple(dims), dims[-1], f"torch.cat(...) at line {line}", line,
                          layers.pop() if len(layers) == 1 else None), tensors)


def carried(joined: Tensor, parts: list | tuple) -> Tensor:
    """The joined tensor with what raises before it can be made: a part's view that cannot
    hold its tensor, a part's row past the end."""
    unfit = next((p.unfit for p in parts if isinstance(p, Tensor) and p.unfit is not None), None)
    past = next((p.past for p in parts if isinstance(p, Tensor) and p.past is not None), None)
    return replace(joined, unfit=unfit, past=past) if unfit is not None or past is not None else joined
