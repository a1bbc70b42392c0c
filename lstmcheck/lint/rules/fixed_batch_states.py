"""LC009's warning for states whose batch is a number fixed before the data is seen, fed next to
an input whose batch the data decides (flow/fixed_batches.py): right for batches of exactly
that size, wrong for a shorter last batch, an evaluation batch or a single prediction."""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.diagnose import state_location
from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import meeting, shape_text
from lstmcheck.records import Feed, FileFacts, Fix, Related

_HOW = {"call": "the call here that makes the state is given no batch",
        "read": "the state is read from what the object keeps"}


def _key(feed: Feed) -> tuple:
    fixed = feed.fixed_batch
    state = feed.states[0]
    return (feed.location, fixed.entered if fixed is not None else None,
            state.made_at if state is not None else None)


def _from_a_tensor(other: Feed, feed: Feed) -> bool:
    """Another walk of the same call gives the same state a batch read from a tensor's size,
    or knows no state there: the number then depends on who calls (a probe's `randn(4, ...)`)."""
    if other.location != feed.location or other.record is None:
        return False
    if not other.states:
        return False  # no state known there at all (`h` may be None on that way)
    if other.states[0] is None:
        return True
    if other.states[0].made_at != feed.states[0].made_at:
        return False
    state = other.states[0]
    at = 0 if sizes_of(other.record).cell else 1
    batch = state.dims[at] if state.dims is not None and len(state.dims) > at else None
    return batch is not None and any(".size(" in key for key in batch.keys)


def _input_batch_known(feed: Feed) -> bool:
    data = feed.input
    if data is None or data.dims is None or feed.record is None:
        return False
    sizes = sizes_of(feed.record)
    at = 0 if sizes.cell or sizes.batch_first else 1
    return len(data.dims) > at and data.dims[at] is not None and data.dims[at].value is not None


def _fed_another_batch(other: Feed, feed: Feed) -> bool:
    """Another walk of the same call meets a known input batch that its state's does not
    equal."""
    if other.location != feed.location or other.record is None or not other.states \
            or other.states[0] is None or other.states[0].dims is None or not _input_batch_known(other):
        return False
    sizes = sizes_of(other.record)
    state_at, input_at = (0, 0) if sizes.cell else (1, 0 if sizes.batch_first else 1)
    dims = other.states[0].dims
    batch = dims[state_at] if len(dims) > state_at else None
    return batch is not None and batch.value is not None \
        and batch.value != other.input.dims[input_at].value  # type: ignore[union-attr]


def fixed_batch_state(rule, feed: Feed, facts: FileFacts, outcome):
    """The warning, where the state comes into the function that applies the layer (else where
    it is made), with the maker and the meeting as notes; once per call and state."""
    fixed = feed.fixed_batch
    if fixed is None or not fixed.from_data or feed.batches is not None or feed.record is None \
            or not feed.states \
            or feed.states[0] is None:
        return  # (a source of batches of the state's size: short_last_batch says it)
    first = next((f for f in facts.feeds if f.fixed_batch is not None and f.fixed_batch.from_data
                  and f.batches is None and f.record is not None
                  and f.states and f.states[0] is not None and _key(f) == _key(feed)), feed)
    if first is not feed:
        return  # another walk of the same call says it
    if any(_from_a_tensor(f, feed) for f in facts.feeds):
        return  # the number is a size of what a caller passed (`x.size(0)` of `randn(4, ...)`)
    if any(_fed_another_batch(f, feed) for f in facts.feeds):
        return  # a walk of the same call feeds a known batch of another size: LC009's error
    # (Another walk of the same call whose state has another number is no evidence: that
    # number may follow the input, `init_hidden(x.size(0))` inlined with a probe's batches of 3
    # and of 1, as a held-out look-alike of this round showed.)
    uneven = fixed.uneven if fixed.size > 1 else None  # a state of one row: a loop feeding one
    if uneven is None and not fixed.named and fixed.other_loader is None:
        return  # nothing in the file shows a batch of another size
    state = feed.states[0]
    sizes = sizes_of(feed.record)
    n = fixed.size
    names = ("h and c" if sizes.lstm else "h") if sizes.cell else ("h_0 and c_0" if sizes.lstm else "h_0")
    verb = "are" if sizes.lstm else "is"
    batch = "x.size(0)" if sizes.cell or sizes.batch_first else "x.size(1)"
    made = state_location(state)
    if fixed.named:
        shown = f"the input's batch is {fixed.named}, set apart from it"
    elif fixed.other_loader is not None:
        shown = (f"the DataLoader at line {fixed.other_loader[0].line} makes batches of "
                 f"{fixed.other_loader[1]} row{'s' if fixed.other_loader[1] != 1 else ''}")
    else:
        shown = f"the data is cut into batches at line {uneven.line}, and the last may be shorter"
    message = (f"{names} {verb} {shape_text(state.dims)} ({state.origin}): made for batches of {n} "
               f"row{'s' if n != 1 else ''}, a number fixed before the data is seen, but {shown}; "
               f"nn.{feed.kind} (line {feed.layer.line}) fails on any batch that is not {n}: "
               + ("a shorter last batch, an evaluation batch, a single prediction" if n > 1
                  else "a training batch of several rows"))
    if fixed.entered is not None:
        message += f" ({_HOW.get(fixed.how, 'they come from elsewhere')})"
        location = fixed.entered
    else:
        location = made
    message += f"; size the state from the input ({batch})"
    related = []
    if location != made:
        related.append(Related(feed.path, made, f"{names} {verb} made here with a batch of {n}"))
    if fixed.other_loader is not None and not fixed.named:
        related.append(Related(feed.path, fixed.other_loader[0], f"batches of {fixed.other_loader[1]} are made here"))
    elif uneven is not None and not fixed.named:
        related.append(Related(feed.path, uneven, "batches are cut here; the last may be shorter"))
    related.append(meeting(feed, f"the states are passed to nn.{feed.kind} here"))
    fix = Fix(f"make {names} for each call from the batch of the input, {batch}", safe=False)
    finding = rule.feed_finding(feed, message, assumed=(f"the data gives batches of other than {n} "
                                                        f"row{'s' if n != 1 else ''}",),
                                outcome=outcome, location=location, related=tuple(related), fix=fix)
    yield replace(finding, call=made)  # --verify has no data to run: no layer to rebuild here
