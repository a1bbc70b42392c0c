"""`torch.cat` with parts the walk does not know at all (a module's output it could not
follow): the joined width is the known parts' widths plus one named size per unknown part.

torch joins tensors of one rank only, so the unknown parts have the known parts' rank, and
along the joined dim each adds at least one feature. The named size is positive like every
named size (`lstmcheck.sizes`), so `memory.size(-1) + 256` certainly differs from 256: a
layer sized for one part of a concatenation, or for less than a part, never takes it,
whatever the other parts are. The other dims are the known parts' (torch requires them
equal); the joined one, along any dim, is the sum. The name is the part's text, which a
message can show.
"""

from __future__ import annotations

from typing import Callable

import libcst as cst

from lstmcheck.lint.flow.values import Symbolic, Tup, Val
from lstmcheck.lint.part_widths import WIDER
from lstmcheck.lint.shapefns import axis
from lstmcheck.records import Tensor
from lstmcheck.sizes import Size

_LONGEST = 40  # longer part texts are named by their position


def cat_with_unknown(items: Val, dim: Val, line: int, node: cst.BaseExpression | None,
                     text_of: Callable[[cst.CSTNode], str]) -> Tensor | None:
    """The joined tensor when at least one part is unknown and the others are tensors that
    agree on a known rank; None otherwise."""
    if not isinstance(items, Tup) or not isinstance(dim, Size) or dim.value is None \
            or not isinstance(node, (cst.Tuple, cst.List)) or len(node.elements) != len(items.items) \
            or any(isinstance(e, cst.StarredElement) for e in node.elements):
        return None
    parts = list(items.items)
    known = [p for p in parts if isinstance(p, Tensor) and p.dims is not None]
    unknown = [i for i, p in enumerate(parts) if p is None or isinstance(p, Symbolic)]
    if dim.value == -1 and len(known) + len(unknown) < len(parts):
        return _last_joined(parts, unknown, line, node, text_of)
    if not unknown or len(known) + len(unknown) != len(parts) \
            or len({len(t.dims) for t in known}) != 1:  # type: ignore[arg-type]
        return None
    rank = len(known[0].dims)  # type: ignore[arg-type]
    index = axis(dim.value, rank)
    if index is None or rank == 0:
        return None
    dims = [next((t.dims[i] for t in known if t.dims[i] is not None), None)  # type: ignore[index]
            for i in range(rank)]
    sizes = [t.dims[index] for t in known]  # type: ignore[index]
    dims[index] = _total(sizes, unknown, -1 if index == rank - 1 else index, line, node, text_of)
    return Tensor(tuple(dims), dims[-1], f"torch.cat(...) at line {line}", line)


def _last_joined(parts: list, unknown: list[int], line: int, node: cst.Tuple | cst.List,
                 text_of: Callable[[cst.CSTNode], str]) -> Tensor | None:
    """`torch.cat(parts, dim=-1)` with some ranks unknown: whatever the rank, the width is
    the sum of the parts' widths (the rank stays unknown)."""
    tensors = [p for i, p in enumerate(parts) if i not in unknown]
    if not all(isinstance(t, Tensor) and t.last is not None for t in tensors):
        return None
    total = _total([t.last for t in tensors], unknown, -1, line, node, text_of)
    if total is None:
        return None
    return Tensor(None, total, f"torch.cat(...) at line {line}", line)


def _total(sizes: list, unknown: list[int], at: int, line: int, node: cst.Tuple | cst.List,
           text_of: Callable[[cst.CSTNode], str]) -> Size | None:
    """The joined dim: the known sizes, plus one named size per unknown part."""
    if any(size is None for size in sizes):
        return None
    total = Size.number(0)
    for size in sizes:
        total = total + size
    for i in unknown:
        text = text_of(node.elements[i].value)
        name = text if len(text) <= _LONGEST and "\n" not in text else f"part {i + 1}"
        total = total + Size.named(f"{name}.size({at})@{WIDER}{line}:{i}")
    return total
