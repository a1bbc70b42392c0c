"""A tensor taken apart row by row where the count of rows is a known number: `[x for x in h]`
of a final state (D*num_layers, B, H) is D*num_layers tensors (B, H), which
`torch.cat(..., dim=-1)` joins into (B, D*num_layers*H), one layer's state only when the
encoder has one layer and one direction."""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.flow.values import Tup
from lstmcheck.lint.shapefns import pieces
from lstmcheck.records import Tensor

_MOST_ROWS = 16  # beyond, a tensor is data rather than stacked states: not taken apart


def rows_of(tensor: Tensor) -> Tup | None:
    """The rows of `tensor` as a tuple, when its first dim is a number from 1 to 16."""
    if not tensor.dims or tensor.dims[0] is None:
        return None
    count = tensor.dims[0].value
    if count is None or not 0 < count <= _MOST_ROWS:
        return None
    rest = pieces.unbind(tensor.dims, 0)
    if rest is None:
        return None
    row = replace(tensor, dims=rest, last=rest[-1] if rest else None, part=None)
    return Tup((row,) * count)
