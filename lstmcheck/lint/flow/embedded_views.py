"""An Embedding's vectors viewed with a unit batch or step: `emb(sentence).view(len(sentence),
1, -1)`, `emb(token).view(1, 1, -1)` (PyTorch's sequence-model and seq2seq tutorials and their
many copies).

The indices' rank is unknown, so the `-1` is the embedding's width times however many indices
the other sizes leave over: the width itself when the indices are one per position of the view
(a 1-D sentence, one token). The walk reads the width under that assumption, which the size
carries (a finding on it is a warning that says so; lint/unit_views.py)."""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.unit_views import one_index_per_position
from lstmcheck.records import Location, Tensor
from lstmcheck.sizes import Size


def _number(size: object) -> int | None:
    return size.value if isinstance(size, Size) else None


def unit_view_width(receiver: Tensor, args: list, dims: tuple | None,
                    at: Location) -> Size | None:
    """The width a 3-D view ending in -1 keeps of an Embedding's output of unknown rank, when one
    of its two leading sizes is 1; None otherwise."""
    if receiver.embedded is None or receiver.dims is not None or receiver.last is None:
        return None
    if len(args) != 3 or _number(args[2]) != -1 or 1 not in (_number(args[0]), _number(args[1])):
        return None
    if not dims or len(dims) != 3 or dims[-1] is not None:
        return None
    assumption = one_index_per_position(receiver.embedded.location.line, at.line, receiver.last)
    return replace(receiver.last, assumed=receiver.last.assumed + (assumption,))
