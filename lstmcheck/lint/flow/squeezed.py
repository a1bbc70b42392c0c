"""`x.squeeze()` with no dim, where the walk cannot tell which of x's dims are 1.

A bare squeeze drops every dim of size 1: the one the author meant, and the batch's too
whenever a batch of one arrives (the last batch of a loader, one sample at inference), or a
dim the author thought larger. Its result's rank is then the data's choice. A recurrent layer
reads a 2-D input as one unbatched sequence and rejects the batched 3-D states it is given
with it, so such an input next to batched states is a crash waiting for that data. The result
is kept as a tensor of unknown rank marked with where the squeeze is (`Tensor.squeezed`), and
the mark goes along through the ops that keep the rank unknown (activations, dropout, an
Embedding, a Linear); LC009 judges it where it meets a layer with states.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from lstmcheck.lint.shapefns import views
from lstmcheck.records import Location, Tensor
from lstmcheck.sizes import Size


def squeezed(receiver: Any, made_at: Location, exactly: Callable[[], Any]) -> Any:
    """What `receiver.squeeze()` gives, marked with where it is: the shape function's result
    when every dim is a known number (`exactly`), else a tensor of unknown rank (the receiver
    unknown, or a dim not known to be a number, may be 1). A symbolic parameter, a tuple or a
    layer is not judged."""
    if isinstance(receiver, Tensor) and receiver.dims is not None \
            and views.squeeze(receiver.dims) is not None:
        result = exactly()
        return replace(result, squeezed=made_at) if isinstance(result, Tensor) else result
    if receiver is not None and not isinstance(receiver, Tensor):
        return None
    last = receiver.last if isinstance(receiver, Tensor) else None
    # the features stay last unless they are 1 themselves: only a number above 1 is kept
    kept_last = last if isinstance(last, Size) and last.value is not None and last.value > 1 else None
    return Tensor(None, kept_last, f".squeeze() at line {made_at.line}", made_at.line,
                  made_at=made_at, squeezed=made_at)


def squeezed_mark(tensor: Tensor | None) -> Location | None:
    """The bare squeeze a tensor of unknown rank comes from, for an op that keeps its rank
    (an Embedding adds the feature dim to whatever rank the ids have)."""
    if tensor is None or tensor.dims is not None:
        return None
    return tensor.squeezed
