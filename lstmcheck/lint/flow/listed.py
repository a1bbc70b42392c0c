"""The shape of `torch.tensor([start])` when the list's items are numbers the walk knows (a
parameter a call passes 1 for) rather than literals: one dim, as long as the list."""

from __future__ import annotations

from typing import Any

from lstmcheck.lint.flow.values import Tup
from lstmcheck.sizes import Size


def numbers_shape(value: Any) -> tuple[int, ...] | None:
    """(n,) for a flat tuple of n known numbers, else None (a name may hold a list)."""
    if not isinstance(value, Tup) or not value.items:
        return None
    if all(isinstance(item, Size) and item.value is not None for item in value.items):
        return (len(value.items),)
    return None
