"""What a last-dim norm (`nn.LayerNorm(n)`) gives for a tensor of unknown shape: whatever went
in, a LayerNorm that does not raise gives a tensor whose last dim is its normalized size."""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.flow.values import Layer, Val
from lstmcheck.records import Location, Tensor


def normed(layer: Layer, data: Val, result: Val, location: Location) -> Val:
    """`result` as the walk made it, with the last dim a LayerNorm demands filled in where the
    input's shape was unknown (torch raises unless the input ends in `normalized_shape`)."""
    if layer.kind != "last-norm" or layer.in_features is None:
        return result
    if isinstance(result, Tensor) and result.dims is None and result.last is None and not result.packed:
        return replace(result, last=layer.in_features)
    if result is None and (data is None or not isinstance(data, Tensor)):
        return Tensor(None, layer.in_features, f"the {layer.name} at line {layer.location.line}", location.line,
                      made_at=location)
    return result
