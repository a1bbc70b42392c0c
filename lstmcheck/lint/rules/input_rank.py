"""LC008's first question: has the input a rank the layer takes at all?

nn.LSTM/GRU/RNN read a 3-D batch (or a 2-D unbatched sequence) and the cells a 2-D batch (or
one 1-D step). A CNN's 4-D feature map handed straight to an LSTM, or a whole (L, N, H_in)
sequence handed to a cell, fails before any size is compared; saying "fed 20 features" there
would send the user to resize a layer that is right. The fix is a reshape of the input.
"""

from __future__ import annotations

from lstmcheck.lint.diagnose import origin_location
from lstmcheck.lint.rule import Rule, forward_error
from lstmcheck.records import Feed, Finding, Fix, Related


def _ranks(kind: str) -> tuple[int, int]:
    """(unbatched, batched) rank of a layer's input."""
    return (1, 2) if kind.endswith("Cell") else (2, 3)


def _shape(feed: Feed) -> str:
    dims = feed.input.dims or ()  # type: ignore[union-attr]
    return "(" + ", ".join(str(d) if d is not None else "?" for d in dims) + ")"


def _advice(kind: str, rank: int) -> str:
    if kind.endswith("Cell"):
        return ("a cell takes one time step: loop over the steps and feed x[t] (or x[:, t] "
                "when batch first), shaped (N, input_size)")
    if rank == 4:
        return ("fold a feature map into a sequence first, e.g. for (N, C, H, W) read along W: "
                "x.permute(0, 3, 1, 2).flatten(2) gives (N, W, C*H), with input_size=C*H "
                "and batch_first=True")
    return "reshape it to (L, N, input_size), or (N, L, input_size) with batch_first=True"


def finding(rule: Rule, feed: Feed) -> Finding | None:
    """An error when the walk knows the input's rank and it is more than the layer takes."""
    tensor = feed.input
    if feed.record is None or tensor is None or tensor.dims is None:
        return None
    unbatched, batched = _ranks(feed.kind)
    rank = len(tensor.dims)
    if rank <= batched:
        return None
    said = f"{rank}D tensor instead" if feed.kind == "RNN" else f"{rank}D instead"
    message = (f"nn.{feed.kind} takes a {batched}-D input (or {unbatched}-D unbatched), but "
               f"what it is fed ({tensor.origin}) is {rank}-D, {_shape(feed)}: torch raises "
               f"\"{feed.kind}: Expected input to be {unbatched}D or {batched}D, got {said}\". "
               f"Fix: {_advice(feed.kind, rank)}")
    related = (Related(feed.path, origin_location(tensor), f"the {rank}-D tensor is made here"),)
    outcome = forward_error(rf"Expected input to be {unbatched}D or {batched}D, got {rank}D",
                            "ValueError")
    return rule.feed_finding(feed, message, outcome=outcome, related=related,
                             location=feed.location,
                             fix=Fix(f"reshape the input to {batched}-D before nn.{feed.kind}"))
