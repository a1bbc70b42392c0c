"""LC009's warning for an input whose rank the data decides (flow/squeezed.py) given with
batched states.

`x.squeeze()` drops every dim of size 1. A recurrent layer given batched states, (D*num_layers,
N, H) for a sequence layer or (N, H) for a cell, takes only a batched input with them: when a
batch of one (or any other dim of 1 the author did not mean) reaches the squeeze, the input
loses its batch dim, torch reads it as unbatched and rejects the states. The fact is certain,
only the data is not, so this is a warning that names what it assumes, reported at the squeeze
(naming the dim is the fix)."""

from __future__ import annotations

from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import meeting, shape_text
from lstmcheck.lint.diagnose import state_location
from lstmcheck.records import Feed, FileFacts, Fix, Related, Tensor

_ASSUMED = "a dim of size 1 other than the one meant reaches the squeeze, such as a batch of one"


def _batched_state(feed: Feed, cell: bool) -> Tensor | None:
    """The first state of the rank a batched input takes (3-D, a cell's 2-D)."""
    rank = 2 if cell else 3
    return next((s for s in feed.states if s is not None and s.dims is not None and len(s.dims) == rank),
                None)


def _judged(feed: Feed) -> Tensor | None:
    """The batched state a squeezed input meets in this feed, or None."""
    data = feed.input
    if data is None or data.dims is not None or data.squeezed is None or feed.record is None \
            or not feed.states:
        return None
    return _batched_state(feed, sizes_of(feed.record).cell)


def squeezed_input(rule, feed: Feed, facts: FileFacts, outcome):
    """The warning at the bare squeeze, with the meeting, the states and the layer as notes;
    once for a squeeze, by the first walk that meets it (a loop's second step, a method
    walked alone and inlined, see it again with other states)."""
    state = _judged(feed)
    if state is None or state.dims is None:
        return
    data = feed.input
    assert data is not None and data.squeezed is not None
    first = next((f for f in facts.feeds if f.layer == feed.layer and f.input is not None
                  and f.input.squeezed == data.squeezed and _judged(f) is not None), feed)
    if first is not feed and any(f is feed for f in facts.feeds):
        return
    if any(f.location == feed.location and f.input is not None and f.input.squeezed == data.squeezed
           and f.input.dims is not None and len(f.input.dims) < len(state.dims) for f in facts.feeds):
        return  # a walk that knows the sizes sees the batch dim gone: its error says it
    sizes = sizes_of(feed.record)
    unbatched = "one unbatched step" if sizes.cell else "one unbatched sequence"
    short = "1-D" if sizes.cell else "2-D"
    message = (f"the input of nn.{feed.kind} (line {feed.layer.line}) comes from .squeeze() at line "
               f"{data.squeezed.line}, which drops every dim of size 1, the batch's too when a batch "
               f"of one arrives (the last batch, one sample): torch then reads the {short} input as "
               f"{unbatched} and rejects the batched states {shape_text(state.dims)} "
               f"({state.origin}); name the dim to drop, .squeeze(d)")
    related = (meeting(feed, f"the squeezed input and the states are passed to nn.{feed.kind} here"),
               Related(feed.path, state_location(state), "the states are made batched here"),
               Related(feed.path, feed.layer, f"nn.{feed.kind} is built here"))
    yield rule.feed_finding(feed, message, assumed=(_ASSUMED,), outcome=outcome, location=data.squeezed,
                            related=related, fix=Fix("name the dim to drop: .squeeze(d)", safe=False))
