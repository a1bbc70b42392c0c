"""A `torch.cat` that mixes one recurrent layer's result with other features (Skim-RNN's gate
over `cat([embed, h, c], 1)`, a decoder's `cat((embedded, context), 2)`): the joined tensor is
no longer the layer's output (`Tensor.layer` stays None, so no rule reads it as one), but a
head sized for the join is still sized from that layer's width: `Tensor.joined` names it."""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.flow.values import Tup, Val
from lstmcheck.records import Tensor


def mixed(joined: Tensor | None, parts: Val) -> Tensor | None:
    """The joined tensor marked with the one recurrent layer its parts come from (directly or
    joined before), when the parts mix it with other features; as it was otherwise."""
    if joined is None or joined.layer is not None or not isinstance(parts, Tup):
        return joined
    layers = {p.layer or p.joined for p in parts.items if isinstance(p, Tensor)}
    layers.discard(None)
    if len(layers) != 1:
        return joined
    return replace(joined, joined=layers.pop())
