"""One small, pure shape function per op, the way torch keeps one per op for its meta kernels.

Each takes the input shapes as `Dims` (a tuple of `Size`s, None for a dim not known) and the
op's literal arguments, and returns the output's `Dims`, or None when the result is not known
(or when torch would reject the call: judging is the rules' work, not ours). They know nothing
of libcst or of where the tensors came from; tests/test_shape_functions.py checks every one
against torch's meta kernels.
"""

from __future__ import annotations

from lstmcheck.sizes import Size

Dims = tuple[Size | None, ...]


def axis(dim: int, rank: int) -> int | None:
    """A dim argument as a non-negative index, None when out of range (torch raises)."""
    if rank == 0:
        return 0 if dim in (0, -1) else None
    return dim + rank if -rank <= dim < 0 else (dim if 0 <= dim < rank else None)
