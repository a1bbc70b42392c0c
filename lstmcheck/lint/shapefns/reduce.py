"""Reductions over a dim (sum, mean, amax, softmax-free norms...): the dim goes, or stays as
1 with keepdim."""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims, axis
from lstmcheck.sizes import Size

REDUCTIONS = frozenset({"sum", "mean", "amax", "amin", "prod", "logsumexp", "nansum", "std",
                        "var", "norm"})


def reduce(dims: Dims, dim: int | tuple[int, ...] | None, keepdim: bool = False) -> Dims | None:
    """None for `dim` reduces everything to a scalar (or all ones with keepdim)."""
    if dim is None:
        return tuple(Size.number(1) for _ in dims) if keepdim else ()
    wanted = dim if isinstance(dim, tuple) else (dim,)
    indices = {axis(d, len(dims)) for d in wanted}
    if None in indices or len(indices) != len(wanted):
        return None
    if not dims:
        return ()
    if keepdim:
        return tuple(Size.number(1) if i in indices else d for i, d in enumerate(dims))
    return tuple(d for i, d in enumerate(dims) if i not in indices)
