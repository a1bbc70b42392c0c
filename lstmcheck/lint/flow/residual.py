"""`x + residual`, `out * mask`, `h - mean` where a rank is unknown or the other operand is
not known at all: the result's last dim still follows from broadcasting alone. A last dim
that is a number other than 1 (`2*64` features) is the result's whatever the other holds, if
torch accepts the op; a named size may be 1 when it runs, so against an unknown it stays
unknown (shapefns/broadcast.py). A residual add or a mask keeps a recurrent result's features
known up to the head it feeds."""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.flow.values import Val
from lstmcheck.lint.shapefns.broadcast import last_dim
from lstmcheck.records import Location, Tensor
from lstmcheck.sizes import Size


def broadcast_unranked(receiver: Tensor, other: Val, made_at: Location) -> Tensor | None:
    """What `receiver op other` gives when the walk cannot broadcast whole shapes: a tensor of
    unknown rank with the last dim broadcasting decides, or None."""
    if receiver.packed or (isinstance(other, Tensor) and other.packed):
        return None
    if isinstance(other, Size):  # a Python number: the shape stays
        return None if receiver.dims is None and receiver.last is None else replace(
            receiver, part=None, origin=f"the elementwise operation at line {made_at.line}",
            line=made_at.line, made_at=made_at)
    theirs = other.last if isinstance(other, Tensor) else None
    size = last_dim(receiver.last, theirs)
    if size is None:
        return None
    source = receiver if size is receiver.last or not isinstance(other, Tensor) else other
    return replace(source, dims=None, last=size, part=None,
                   origin=f"the elementwise operation at line {made_at.line}", line=made_at.line,
                   made_at=made_at, dims_at=None, first_at=None, last_at=None)
