"""An `nn.Sequential` hands each module's output to the next: a LayerNorm of n gives n
features, a Linear of (a, b) gives b, so the module after must take that many. When one
module is sized for another width than the module before it gives (`Sequential(LayerNorm(2 *
H), Linear(H, C))`: a head half-fixed for a bidirectional layer), every call of the
Sequential fails there, whatever it is fed. The break is found where the Sequential is
built; it becomes a `CHAINED` feed where the Sequential is applied, so only a Sequential
that runs is judged, in the configuration that applies it."""

from __future__ import annotations

from typing import Any

from lstmcheck.lint.flow.values import Layer
from lstmcheck.records import CHAINED, Feed, Location, Tensor
from lstmcheck.sizes import Size, differ

BREAK = "break"  # the Layer option that holds the break


def width_break(parts: list[Layer]) -> tuple[Layer, Layer, Size] | None:
    """(the module that gives the width, the module after it sized for another, that width)
    for the first pair of a Sequential's Linears and LayerNorms (shape-keeping modules between
    them) whose widths certainly differ; None when each fits the one before, or it is not
    known."""
    given: tuple[Layer, Size] | None = None
    for part in parts:
        if part.kind not in ("linear", "last-norm"):
            continue
        wanted = part.in_features
        if given is not None and wanted is not None and differ(given[1], wanted):
            return given[0], part, given[1]
        out = part.out_features if part.kind == "linear" else part.in_features
        given = (part, out) if out is not None else None
    return None


def chained_feeds(layer: Layer, applied_at: Location, path: str) -> list[Feed]:
    """The feed of a Sequential's width break, where the Sequential is applied."""
    found: Any = dict(layer.options).get(BREAK)
    if found is None:
        return []
    before, after, width = found
    made = Tensor(None, width, f"the nn.{before.name} at line {before.location.line}",
                  before.location.line, made_at=before.location)
    return [Feed(path, CHAINED, after.location, after.text, applied_at, made,
                 in_features=after.in_features)]
