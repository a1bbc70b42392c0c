"""A recurrent output indexed for its last step (`out[:, -1, :]`, `out[-1]`): which dim the -1
takes, recorded as a `Feed` of kind `STEP_INDEXED` for LC007, which knows from the layer's
batch_first whether that dim is time or the batch.

Only the whole output as the layer gave it (`Tensor.part == "output"`: no view, transpose or
permute since, which would move its dims), not packed or unpacked (`pad_packed_sequence`
chooses its own layout, sequence-first unless told), and only -1: `out[0]` is also how code drops a batch of one.
"""

from __future__ import annotations

from typing import Callable

import libcst as cst

from lstmcheck.lint.flow.syntax import int_value
from lstmcheck.records import STEP_INDEXED, Feed, IndexedStep, Location, Tensor


def step_feed(path: str, base: Tensor, node: cst.Subscript, location: Location,
              text: Callable[[cst.CSTNode], str],
              where: Callable[[cst.CSTNode], Location]) -> Feed | None:
    """The feed of `out[:, -1, :]` or `out[-1]` (also `out[-1, :, :]`, `out[:, -1]`) at
    `node`, else None; `text` and `where` give a node's source text and span."""
    if base.part != "output" or base.packed or base.relaid or base.layer is None:
        return None
    elements = [e.slice for e in node.slice]
    rank = len(base.dims) if base.dims is not None else None
    if rank not in (None, 3) or len(elements) > 3:
        return None
    dim = _last_of(elements)
    if dim is None:
        return None
    if len(elements) == 3:
        rank = 3  # three indices of a 2-D or 3-D output: 3-D
    if dim == 1 and rank is None:
        return None  # `out[:, -1]` of a 2-D output takes its last feature: not a step at all
    return Feed(path, STEP_INDEXED, base.layer, text(node), location, None,
                step=IndexedStep(dim, text(node.value), rank, base.dims, where(node.value)))


def _last_of(elements: list) -> int | None:
    """The dim (0 or 1) that a lone -1 takes, every other element a whole slice."""
    picked = None
    for k, element in enumerate(elements):
        if isinstance(element, cst.Slice):
            if element.lower is None and element.upper is None and element.step is None:
                continue
            return None
        if not isinstance(element, cst.Index) or picked is not None or k > 1 \
                or int_value(element.value) != -1:
            return None
        picked = k
    return picked
