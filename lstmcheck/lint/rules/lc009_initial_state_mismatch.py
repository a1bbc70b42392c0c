"""LC009: h_0 or c_0 built with a shape the recurrent layer rejects.

The states are (D*num_layers, N, H_out) for h_0 and (D*num_layers, N, hidden_size) for c_0,
whatever batch_first says; a cell's are (N, hidden_size). The classic mistakes: num_layers
where a bidirectional layer needs 2*num_layers, hidden_size where proj_size sets H_out (or
the other way round for c_0), and the batch placed first as if batch_first applied.
Reported where the state is made (its torch.zeros(...)), with notes where it meets the layer
and where the layer is built; silent on a state that fits once LC003's swap is applied. A
state that is another layer's final state goes to the size of the layer to change instead
(lint/diagnose.py's blame policy), and two walks of one call that fail alike are one finding.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lstmcheck.lint import coincidence
from lstmcheck.lint.diagnose import (
    argument_location,
    arranged_input,
    blame_state,
    cut_from,
    explained_by_swap,
    fixed_upstream,
    handed_in,
    missing_batch_dim,
    state_location,
    swap,
    unbatched_step,
)
from lstmcheck.lint.fix_sites import directions_to_merge, directions_written, sizing_head
from lstmcheck.lint.recurrent import RecurrentSizes, sizes_of
from lstmcheck.lint.rule import Rule, assumptions, forward_error, meeting, shape_text
from lstmcheck.lint.rules.unfit_views import unfit_states
from lstmcheck.lint.rules.batch_decided import batch_decided_at
from lstmcheck.lint.rules.carried_states import carried_state
from lstmcheck.lint.rules.squeezed_input import squeezed_input
from lstmcheck.lint.rules.fixed_batch_states import fixed_batch_state
from lstmcheck.records import (
    AS_PAIR_ITEM,
    CARRIED_STATE,
    DIM_OUT_OF_RANGE,
    PAIR_AS_TENSOR,
    Repeated,
    STATES_SPREAD,
    Feed,
    FileFacts,
    Finding,
    Fix,
    Location,
    Related,
    Tensor,
    TorchOutcome,
)
from lstmcheck.sizes import Size, differ, same


# torch's texts for states of the wrong shape: the RNN family's size and rank checks, the
# cells' checks, and the broadcast an LSTM's packed path fails in.
_STATES_REJECTED = forward_error(
    r"Expected hidden(\[\d\])? size|should also be [23]-D|has inconsistent hidden_size|"
    r"doesn't match hidden\d batch size|Expected (hx\[\d\]|hidden) to be 1D or 2D|"
    r"The size of tensor a \(\d+\) must match")


# What torch raises when the states come in the wrong form: an LSTM indexes a lone tensor as
# if it were the pair, an LSTMCell's kernel wants a tuple, a GRU calls .dim() on the tuple.
_FORM_REJECTED = forward_error(
    r"index 1 is out of bounds|must be tuple of Tensors|'tuple' object has no attribute 'dim'|"
    r"should also be [23]-D|received an invalid combination of arguments", exception=None)


def _wrong_form(feed: Feed, sizes: RecurrentSizes) -> Finding:
    state = feed.states[0]
    where = f" ({state.origin})" if state is not None else ""
    names = ("h", "c") if sizes.cell else ("h_0", "c_0")
    if sizes.lstm:
        message = (f"nn.{feed.kind} (line {feed.layer.line}) is given one tensor{where} as its "
                   f"states, but an LSTM's states are a tuple ({names[0]}, {names[1]}): torch "
                   f"reads the tensor as the pair and fails. Pass ({names[0]}, {names[1]})")
    else:
        message = (f"nn.{feed.kind} (line {feed.layer.line}) is given a pair of states{where}, "
                   f"but a {feed.kind}'s state is one tensor, h_0; (h_0, c_0) is an LSTM's. "
                   "Pass h_0 alone")
    fix = Fix(f"pass ({names[0]}, {names[1]})" if sizes.lstm else "pass h_0 alone")
    # One tensor made for an LSTM is fixed where it is made (make the pair there); a pair
    # handed to a GRU is fixed where it is passed (pass its first).
    location = state_location(state) if sizes.lstm and state is not None \
        and state.made_at is not None and len(feed.states) == 1 else None
    related = (meeting(feed, f"the states are passed to nn.{feed.kind} here"),) \
        if location is not None else ()
    return RULE.feed_finding(feed, message, outcome=_FORM_REJECTED, fix=fix, location=location,
                             related=related + (Related(feed.path, feed.layer,
                                                        f"nn.{feed.kind} is built here"),))


def _unbatched_input(feed: Feed, sizes: RecurrentSizes) -> Finding:
    """Batched states with an input one dim short: the input is what to fix, where it is
    passed; a cell's step cut from a tensor made one dim short (`input[i]` of a (N, H_in)
    matrix), where that tensor is made."""
    assert feed.input is not None and feed.input.dims is not None
    rank = len(feed.input.dims)
    state = next(s for s in feed.states if s is not None and s.dims is not None)
    names = ("h and c" if sizes.lstm else "h") if sizes.cell else \
        ("h_0 and c_0" if sizes.lstm else "h_0")
    if sizes.cell:
        batched, what = "(N, H_in)", "step"
    else:
        batched, what = "(N, L, H_in)" if sizes.batch_first else "(L, N, H_in)", "sequence"
    message = (f"nn.{feed.kind} (line {feed.layer.line}) is fed a {rank}-D input "
               f"{shape_text(feed.input.dims)} ({feed.input.origin}), which torch reads as one "
               f"unbatched {what}, with batched {rank + 1}-D "
               f"states {shape_text(state.dims)} ({state.origin}): feed the batch as {batched}")
    related = [Related(feed.path, state_location(state), f"{names} are made batched here"),
               Related(feed.path, feed.layer, f"nn.{feed.kind} is built here")]
    location = cut_from(feed.input) if sizes.cell else None
    if not sizes.cell and (wrong := _fits_neither_rank(feed, sizes)) is not None:
        return _state_fits_neither(feed, sizes, wrong, names)
    if feed.input.squeezed is not None:  # a bare `.squeeze()` took the batch of one away
        location = feed.input.squeezed
        message += (f"; the .squeeze() at line {location.line} drops every dim of size 1, the "
                    "batch's too when the batch is one: name the dim to drop, .squeeze(d)")
        related.insert(0, meeting(feed, f"a {rank}-D input is passed to nn.{feed.kind} here"))
    elif location is not None:
        message += (f"; the step is cut from the tensor made at line {location.line}, which "
                    "has no dim to step over besides the batch")
        related.insert(0, meeting(feed, f"a {rank}-D step is passed to nn.{feed.kind} here"))
    elif not sizes.cell and (location := _input_made(feed)) is not None:
        message += (f"; it is handed in at line {location.line} by a caller of the method that "
                    "applies the layer" if location != feed.input.made_at else
                    f"; it is made one dim short at line {location.line}")
        related.insert(0, meeting(feed, f"a {rank}-D input is passed to nn.{feed.kind} here"))
    return RULE.feed_finding(feed, message, outcome=_STATES_REJECTED, related=tuple(related),
                             location=location, fix=Fix(f"feed a {rank + 1}-D batch {batched}"))


def _fits_neither_rank(feed: Feed, sizes: RecurrentSizes) -> tuple[Tensor, tuple] | None:
    """A 3-D state fed with a 2-D input whose first or last dim is certainly wrong for the
    layer: batching the input would not make it fit, so the state is what changes. The state
    and the (D*num_layers, H) an unbatched sequence takes, or None."""
    first = sizes.layers_times_directions
    for state, last in zip(feed.states, _lasts(sizes)):
        dims = state.dims if state is not None else None
        if dims is None or len(dims) != 3 or first is None or last is None:
            continue
        if differ(dims[0], first) or differ(dims[-1], last):
            return state, (first, last)
    return None


def _state_fits_neither(feed: Feed, sizes: RecurrentSizes, wrong: tuple[Tensor, tuple],
                        names: str) -> Finding:
    """A 2-D input and a 3-D state whose sizes fit no input: the state is written wrong (the
    input alone cannot be fixed to take it), reported where it is made, the input as a note."""
    assert feed.input is not None and feed.input.dims is not None
    state, unbatched = wrong
    batched = (unbatched[0], Size.named("N"), unbatched[1])
    message = (f"nn.{feed.kind} (line {feed.layer.line}) is fed a 2-D input "
               f"{shape_text(feed.input.dims)} ({feed.input.origin}), which torch reads as one "
               f"unbatched sequence, with a 3-D state {shape_text(state.dims)} ({state.origin}) "
               f"that fits no input: an unbatched sequence takes {shape_text(unbatched)}, a "
               f"batch {shape_text(batched)}; make the state {shape_text(unbatched)}, or batch the "
               f"input and make it {shape_text(batched)}")
    related = [Related(feed.path, feed.input.made_at or feed.location,
                       "the input is made 2-D here: one unbatched sequence"),
               meeting(feed, f"the states are passed to nn.{feed.kind} here"),
               Related(feed.path, feed.layer, f"nn.{feed.kind} is built here")]
    return RULE.feed_finding(feed, message, outcome=_STATES_REJECTED, related=tuple(related),
                             location=state_location(state),
                             fix=Fix(f"make {names.split(' and ')[0]} {shape_text(unbatched)}", safe=False))


def _batch_first_warning(feed: Feed, guessed: list, sizes: RecurrentSizes) -> Finding:
    """One warning for the states built batch first, at the first one made."""
    name, guess, state, expected = guessed[0]
    subject = " and ".join(g[0] for g in guessed) + (" are" if len(guessed) > 1 else " is")
    related = [meeting(feed, f"the states are passed to nn.{feed.kind} here"),
               Related(feed.path, feed.layer, f"nn.{feed.kind} is built here with batch_first=True")]
    related[:0] = [Related(feed.path, state_location(g[2]), f"{g[0]} is made the same way here")
                   for g in guessed[1:] if state_location(g[2]) != state_location(state)]
    return RULE.feed_finding(
        feed,
        f"{subject} {shape_text(state.dims)} ({state.origin}) but nn.{feed.kind} at line "
        f"{feed.layer.line} needs {shape_text(expected)}: the batch goes second: batch_first "
        "applies to input and output, never to the states",
        assumed=(guess,), outcome=_STATES_REJECTED, location=state_location(state),
        related=tuple(related), fix=Fix(f"make {name} {shape_text(expected)}"))


def _batch(feed: Feed, sizes: RecurrentSizes) -> Size | None:
    dims = feed.input.dims if feed.input is not None else None
    if dims is None:
        return None
    if sizes.cell:
        return dims[0] if len(dims) == 2 else None
    if len(dims) != 3 or sizes.batch_first is None:
        return None
    return dims[0] if sizes.batch_first else dims[1]


_BATCHED_NEEDS_3D = "a batched input needs 3-D states"


def _unbatched_would_fit(feed: Feed, state: Tensor, problem: str, expected: tuple) -> bool:
    """A 2-D state read against an input of unknown rank: an unbatched 2-D input takes it
    when its dims are (D*num_layers, H_out), so the finding assumes the input is batched."""
    dims = state.dims
    if problem != _BATCHED_NEEDS_3D or dims is None or len(dims) != 2:
        return False
    if feed.input is not None and feed.input.dims is not None:
        return False  # the input's rank is known: 3-D, since an unbatched one expects 2-D
    return not differ(dims[0], expected[0]) and not differ(dims[-1], expected[-1])


def _problem(state: Tensor, name: str, expected: tuple, sizes: RecurrentSizes,
             batch: Size | None) -> str | None:
    """Why one state is certainly wrong, in words, or None."""
    dims = state.dims
    if dims is None:
        return None
    if len(dims) != len(expected):
        if sizes.cell:
            return None
        if len(dims) not in (2, 3):
            # torch takes 3-D states with a batched input, 2-D with an unbatched one
            return f"a batched input needs 3-D states, an unbatched one 2-D, never {len(dims)}-D"
        if len(expected) == 3 and len(dims) == 2:
            return _BATCHED_NEEDS_3D
        return None
    if not sizes.cell:
        first = expected[0]
        if len(dims) == 3 and sizes.batch_first and batch is not None and same(dims[0], batch) \
                and same(dims[1], first) and not same(dims[0], first):
            return "the batch goes second: batch_first applies to input and output, never to the states"
        if differ(dims[0], first):
            if sizes.directions is not None and sizes.directions.value == 2 \
                    and same(dims[0], sizes.num_layers):
                return f"a bidirectional layer needs D*num_layers = {first} in the first dim"
            return f"the first dim must be D*num_layers = {first}"
    if differ(dims[-1], expected[-1]):
        if name.startswith("h") and sizes.h_out is not None and sizes.hidden_size is not None \
                and not same(sizes.h_out, sizes.hidden_size) and same(dims[-1], sizes.hidden_size):
            return f"with proj_size set, h_0 has proj_size = {expected[-1]} features, not hidden_size"
        if name.startswith("c") and sizes.h_out is not None and same(dims[-1], sizes.h_out) \
                and not same(sizes.h_out, sizes.hidden_size):
            return f"c_0 keeps hidden_size = {expected[-1]} features even with proj_size set"
        return f"the last dim must be {expected[-1]}"
    batch_index = 0 if sizes.cell else 1
    if batch is not None and differ(dims[batch_index], batch):
        return f"the batch dim must be the input's batch, {batch}"
    return None


# A configuration's direction flag, as the flow names it: "when bidirectional=True".
_DIRECTION_FLAG = re.compile(r"\b(\w*bidir\w*)=(True|False)\b", re.IGNORECASE)


def _configured_direction(feed: Feed, facts: FileFacts) -> tuple[str, bool] | None:
    """The class parameter that says whether this layer's model is bidirectional, and its
    value, when the configurations the layer is built in agree on one."""
    whens = [feed.when] if feed.when else \
        [f.when for f in facts.feeds if f.layer == feed.layer and f.when]
    flags = {(m.group(1), m.group(2) == "True") for when in whens
             for m in _DIRECTION_FLAG.finditer(when)}
    return flags.pop() if len(flags) == 1 else None


def _layer_ignores_flag(feed: Feed, state: Tensor, sizes: RecurrentSizes,
                        facts: FileFacts) -> str | None:
    """When the state is built for the directions the model's own flag asks for and the layer
    is built the other way (the flag not passed on, or a literal in the wrong branch), the
    layer is what to fix: the flag's name and value as `bidirectional=True`, else None."""
    flag = _configured_direction(feed, facts)
    if flag is None or sizes.directions is None or sizes.num_layers is None or not state.dims:
        return None
    name, wanted = flag
    if (sizes.directions.value == 2) == wanted:
        return None
    if not same(state.dims[0], Size.number(2 if wanted else 1) * sizes.num_layers):
        return None
    return f"{name}={wanted}"


def _listed_for_each_layer(state: Tensor, problem: str, expected: tuple) -> Repeated | None:
    """The `[state] * n` a state too many rows long was listed in, when n times the rows one
    layer takes is exactly what it holds: the states of n layers, each handed all of them."""
    repeated = state.repeated
    if repeated is None or state.dims is None or not state.dims or expected[0] is None \
            or not problem.startswith(("the first dim must be", "a bidirectional layer needs")):
        return None
    count = repeated.count
    if count.value is None or count.value < 2 or state.dims[0] is None \
            or not same(state.dims[0], count * expected[0]):
        return None
    return repeated


def _final_state_handed(feed: Feed, state: Tensor) -> Location | None:
    """Where a caller handed another layer's final state (`h_n`, `c_n`) to the method that
    applies this layer, when it did so after the state was made (not the very call)."""
    record = feed.record
    if record is None or state.part not in ("h_n", "c_n") or state.layer is None \
            or state.layer == record.location:
        return None
    handed = handed_in(state)
    if handed is None or state.made_at is None or handed.contains(state.made_at):
        return None
    return handed


def _batch_written_by_caller(state: Tensor) -> Location | None:
    """The literal batch a caller writes into the call that makes the state it hands over
    (`hidden = model.init_hidden(16)`), when the state is made elsewhere (in the helper) from
    that one number; a number written in the state's own call stays there."""
    handed = handed_in(state)
    if handed is None or state.dims is None or len(state.dims) != 3 or state.dims[1] is None:
        return None
    written = state.dims[1].written
    if len(written) != 1 or not handed.contains(written[0]) \
            or (state.made_at is not None and state.made_at.contains(written[0])):
        return None
    return written[0]


def _input_made(feed: Feed) -> Location | None:
    """Where a sequence input one dim short is fixed when not where it is passed: where a
    caller handed it to the method that applies the layer (that method serves every caller),
    or the op of another statement that made it (`self.embed(ids)` of ids that lost their
    step dim)."""
    tensor = feed.input
    assert tensor is not None
    handed = handed_in(tensor)
    if handed is not None:
        return handed
    made = tensor.made_at
    if made is None or feed.location.contains(made) or _FACTORIES.match(tensor.origin):
        return None
    return made


def _dim_decided_earlier(feed: Feed, state: Tensor, problem: str) -> Location | None:
    """Where the state's wrong dim (its first, or its last) was decided, when an op before
    the one that made the state did it (`Tensor.first_at`, `last_at`) outside the call that
    passes the state."""
    if problem.startswith(("the first dim must be", "a bidirectional layer needs")):
        decided = state.first_at
    elif problem.startswith("the last dim must be"):
        decided = state.last_at
    elif problem.startswith("the batch dim must be"):
        decided = batch_decided_at(state)
    else:
        return None
    if decided is None or decided == state.made_at or feed.location.contains(decided):
        return None
    return decided


def _within(inner: Location, outer: Location) -> bool:
    """Whether a note's span lies on the primary span's lines: the note would repeat it."""
    return outer.line <= inner.line and inner.end_line <= outer.end_line \
        or inner.line <= outer.line and outer.end_line <= inner.end_line


_FACTORIES = re.compile(r"torch\.(zeros|ones|empty|full|rand|randn|randint|tensor|Tensor|"
                        r"FloatTensor)(_like)?\(")


def _layer_dim_left_out(feed: Feed, state: Tensor, problem: str, expected: tuple) -> bool:
    """A (N, H) state for a one-layer, one-way layer fed a 3-D batch, made by an op (a Linear,
    a cat, a layer's h_n[-1]) rather than by a factory call that states the shape: the op's
    result is right as it is, and the layer dim goes in where it is passed. A factory's
    `torch.zeros(N, H)` is fixed in its own call."""
    dims = state.dims
    if problem != _BATCHED_NEEDS_3D or dims is None or len(dims) != 2 or len(expected) != 3 \
            or expected[0] is None or expected[0].value != 1 or _FACTORIES.match(state.origin):
        return False
    if feed.input is None or feed.input.dims is None or len(feed.input.dims) != 3:
        return False  # the input's rank is not known: the finding is an assumption, kept as is
    made = state_location(state)
    if handed_in(state) is None and (made.line, made.column) > (feed.location.line, feed.location.column):
        # the layer is applied above the op, in a method the state is handed to: the call
        # there serves every caller; the op's line is kept
        return False
    if any(differ(d, e) for d, e in zip(dims, expected[1:])):
        return False
    return any(same(d, e) for d, e in zip(dims, expected[1:]))


def _wrong_tensor(state: Tensor, expected: tuple) -> bool:
    """Every dim of the state differs from what the layer takes: not a state built wrong but
    another tensor passed where the state belongs (fixed where it is passed)."""
    dims = state.dims
    return dims is not None and len(dims) == len(expected) >= 2 \
        and all(differ(d, e) for d, e in zip(dims, expected))


def _batch_placed_first(state: Tensor, expected: tuple, sizes: RecurrentSizes) -> str | None:
    """A state (B, D*num_layers, H) under batch_first=True whose first dim is not known to be
    the input's batch (a name, `x.size(0)`): the batch-first mistake unless that size happens
    to equal D*num_layers. The assumption a warning names, else None."""
    dims = state.dims
    if sizes.cell or not sizes.batch_first or dims is None or len(dims) != 3 \
            or len(expected) != 3 or dims[0] is None:
        return None
    first = expected[0]
    if same(dims[1], first) and not same(dims[0], first) and not differ(dims[0], first) \
            and same(dims[-1], expected[-1]):
        return f"{dims[0]} is the batch, not {first}"
    return None


def _expected(sizes: RecurrentSizes, last: Size | None, batch: Size, unbatched: bool) -> tuple:
    if sizes.cell:
        return (last,) if unbatched else (batch, last)
    first = sizes.layers_times_directions
    return (first, last) if unbatched else (first, batch, last)


def _lasts(sizes: RecurrentSizes) -> tuple[Size | None, Size | None]:
    return (sizes.hidden_size if sizes.cell else sizes.h_out, sizes.hidden_size)


def check_feed(feed: Feed, facts: FileFacts = FileFacts()):
    """The findings for one feed, one per cause: a state judged alike in another walk of the
    same call (two configurations, a method on its own and inlined) or handed to another layer
    (one tensor made for two LSTMs) is reported once, by the walk that knows most, with the
    other places as notes."""
    if feed.kind == PAIR_AS_TENSOR:
        yield from _pair_as_tensor(feed, facts)
        return
    if feed.kind == STATES_SPREAD:
        yield from _states_spread(feed, facts)
        return
    if feed.kind == DIM_OUT_OF_RANGE:
        yield from _dim_out_of_range(feed, facts)
        return
    if feed.kind == CARRIED_STATE:
        yield from carried_state(RULE, feed, _STATES_REJECTED)
        return
    yield from short_last_batch(feed, facts)
    yield from squeezed_input(RULE, feed, facts, _STATES_REJECTED)  # a bare .squeeze() before the layer
    yield from fixed_batch_state(RULE, feed, facts, _STATES_REJECTED)
    yield from coincidence.findings(RULE, feed, facts, coincidence.states_met)
    yield from unfit_states(RULE, feed, facts)  # bridges: a view that cannot hold its state
    findings = list(_judged(feed, facts))
    if not findings:
        return
    rank = _rank(feed, facts)
    alike = [(t, f) for t in facts.feeds if t is not feed and t.states and _shares_a_state(feed, t)
             for f in _judged(t, facts)]
    for finding in findings:
        key = _cause_key(finding, feed)
        same_cause = [(t, f) for t, f in alike if _cause_key(f, t) == key]
        if any(_rank(t, facts) < rank for t, _ in same_cause):
            continue  # the twin that ranks first reports it
        shown = {finding.location, *(r.location for r in finding.related)}
        extra: list[Related] = []
        for _, other in same_cause:
            for note in other.related:
                if note.location not in shown:
                    shown.add(note.location)
                    extra.append(note)
        yield replace(finding, related=finding.related + tuple(extra)) if extra else finding


# What Python and torch raise when an LSTM's (h, c) tuple meets an op that takes a tensor.
_PAIR_REJECTED = {
    "join": TorchOutcome("forward-raises", "TypeError", r"expected Tensor as element \d+ in argument 0, "
                         r"but got tuple", source="pattern"),
    "index": TorchOutcome("forward-raises", "TypeError", r"tuple indices must be integers or slices",
                          source="pattern"),
    "method": TorchOutcome("forward-raises", "AttributeError", r"'tuple' object has no attribute",
                           source="pattern"),
}


def _pair_as_tensor(feed: Feed, facts: FileFacts):
    """An LSTM's `(h_n, c_n)` given to an op that takes one tensor, reported at the op once:
    by the first walk that builds its configuration, naming the configuration only when no
    other configuration meets the same op with a pair."""
    reported = _first_twin(feed, facts)
    if reported is None:
        return
    feed = reported
    h = feed.states[0]
    assert h is not None
    how = feed.layer_text
    kind = "join" if how.startswith("torch.") else "index" if how == "[...]" else "method"
    op = {"join": f"{how} takes tensors", "index": "indexing it by a tensor's dims",
          "method": f"{how} is a tensor method"}[kind]
    names = ("h", "c") if h.part == "h" else ("h_n", "c_n")
    message = (f"{h.origin.replace(names[0] + ' of', 'the states of', 1)} are the pair "
               f"({names[0]}, {names[1]}), not one tensor: {op}, and the tuple fails there "
               f"(code written for a GRU's one state). Use {names[0]} ([0] of the pair), or "
               f"apply it to each: tuple(... for s in pair)")
    yield RULE.feed_finding(
        feed, message, outcome=_PAIR_REJECTED[kind], fix=Fix(f"use {names[0]}, or each of the pair", safe=False),
        related=(Related(feed.path, feed.layer, "the LSTM whose states these are is built here"),))


def _blamed_line(feed: Feed) -> int:
    """The line a form finding goes on: the op, or for a dim out of range the index that took
    a row of a final state as if from a pair."""
    tensor = feed.input
    if feed.kind == DIM_OUT_OF_RANGE and tensor is not None and AS_PAIR_ITEM in tensor.origin \
            and tensor.made_at is not None:
        return tensor.made_at.line
    return feed.location.line


def _first_twin(feed: Feed, facts: FileFacts) -> Feed | None:
    """Of the walks that meet this op alike (configurations, a method inlined and on its own;
    ops alike blamed on one line), the one that reports: the first that a site builds; with
    `when` dropped when several configurations meet it, since the form fails whatever their
    sizes."""
    line = _blamed_line(feed)
    twins = [f for f in facts.feeds if f.kind == feed.kind and _blamed_line(f) == line]
    twins.sort(key=lambda f: (f.hypothetical, f.location.line, f.location.column))
    first = twins[0]
    if first is not feed:
        return None
    if len({f.when for f in twins}) > 1:
        return replace(feed, when=None, hypothetical=all(f.hypothetical for f in twins))
    return feed


def _states_spread(feed: Feed, facts: FileFacts):
    """`lstm(x, h, c)`: the states as two arguments; forward takes input and hx alone."""
    reported = _first_twin(feed, facts)
    if reported is None:
        return
    kind = feed.layer_text
    wanted = "the pair as one tuple, (h_0, c_0)" if kind.startswith("LSTM") else "h_0 alone"
    message = (f"nn.{kind} (line {feed.layer.line}) is called with its states as separate "
               f"arguments, but forward takes (input, hx): torch raises TypeError (takes from 2 "
               f"to 3 positional arguments). Pass {wanted}")
    outcome = TorchOutcome("forward-raises", "TypeError", r"takes from 2 to 3 positional arguments",
                           source="pattern")
    yield RULE.feed_finding(
        reported, message, outcome=outcome, fix=Fix(f"pass {wanted}", safe=False),
        related=(Related(feed.path, feed.layer, f"nn.{kind} is built here"),))


def _dim_out_of_range(feed: Feed, facts: FileFacts):
    """`h.size(2)` of a tensor the walk knows has fewer dims. Reported where the tensor lost
    its dims when that was indexing a layer's final state (`states[0]` of a GRU's `h_n`, taken
    for the `h` of an LSTM's pair), else at the op."""
    reported = _first_twin(feed, facts)
    if reported is None or feed.input is None or feed.input.dims is None:
        return
    tensor = feed.input
    rank = len(tensor.dims)
    asked = feed.layer_text
    indexed = AS_PAIR_ITEM in tensor.origin and tensor.made_at is not None and tensor.made_at != feed.location
    location = state_location(tensor) if indexed else None
    message = (f"{tensor.origin} is {rank}-D {shape_text(tensor.dims)} here, so {asked} is out of "
               f"range: torch raises IndexError (dimension out of range)")
    if indexed:
        message += (f"; it lost its first dim where it was indexed: an item of a {rank + 1}-D final "
                    "state is one layer's row, not h_n or c_n of an LSTM's pair (a GRU's or an "
                    "RNN's state is one tensor): use the tensor whole")
    outcome = TorchOutcome("forward-raises", "IndexError", r"Dimension out of range", source="pattern")
    related = (meeting(feed, f"{asked} is asked for here"),) if location is not None else ()
    yield RULE.feed_finding(
        reported, message, outcome=outcome, location=location, fix=Fix("use the state whole", safe=False),
        related=related + (Related(feed.path, feed.layer, "the layer whose state it is is built here"),))


def short_last_batch(feed: Feed, facts: FileFacts):
    """States made for a full batch of the data where its last batch may be shorter: a warning
    naming that assumption, where the fix goes (the state; a DataLoader whose batches the
    states are carried across). torch on meta tensors cannot run the data, so the finding's
    call is where the batches are made, which --verify has no layer to rebuild for."""
    batches = feed.batches
    if batches is None or feed.record is None or not feed.states or feed.states[0] is None:
        return
    state = feed.states[0]
    key = (feed.location, batches, state.made_at)
    first = next((f for f in facts.feeds if f.batches is not None and f.states and f.states[0] is not None
                  and (f.location, f.batches, f.states[0].made_at) == key), feed)
    if first is not feed:
        return  # another walk of the same call says it
    sizes = sizes_of(feed.record)
    n = batches.size
    names = ("h and c" if sizes.lstm else "h") if sizes.cell else ("h_0 and c_0" if sizes.lstm else "h_0")
    verb = "are" if sizes.lstm else "is"
    batch = "x.size(0)" if sizes.cell or sizes.batch_first else "x.size(1)"
    cut = "has no drop_last=True" if batches.loader else "takes what is left for the last batch"
    message = (f"{names} {verb} {shape_text(state.dims)} ({state.origin}): made for batches of "
               f"{n} rows, but {batches.what} {cut}; nn.{feed.kind} (line {feed.layer.line}) fails "
               f"when a batch has fewer than {n} rows, as a last batch may")
    at_source = batches.carried and batches.loader
    if at_source:
        message += (f"; the states are made once and carried from batch to batch: pass "
                    f"drop_last=True, or make them for each batch from its size ({batch})")
        location = batches.location
        related = [Related(feed.path, state_location(state), f"{names} {verb} made for {n} rows here")]
    else:
        message += f"; size the state from the input ({batch})"
        # made in another method: where it comes into this one (flow/fixed_batches.py)
        entered = feed.fixed_batch.entered if feed.fixed_batch is not None else None
        location = entered or state_location(state)
        related = [Related(feed.path, batches.location, f"batches of {n} rows are made here; the last may be shorter")]
        if entered is not None:
            related.append(Related(feed.path, state_location(state), f"{names} {verb} made here for {n} rows"))
    related.append(meeting(feed, f"the states are passed to nn.{feed.kind} here"))
    fix = Fix("pass drop_last=True" if at_source else f"make {names} with the batch of the input, {batch}",
              safe=False)
    finding = RULE.feed_finding(feed, message, assumed=(f"the rows of the data are not a multiple of {n}",),
                                outcome=_STATES_REJECTED, location=location, related=tuple(related), fix=fix)
    yield replace(finding, call=batches.location)


def _shares_a_state(feed: Feed, other: Feed) -> bool:
    """Another walk of the same call, or another call given a state made at the same place."""
    if other.layer == feed.layer and other.location == feed.location:
        return True
    made = {s.made_at for s in feed.states if s is not None and s.made_at is not None}
    return bool(made & {s.made_at for s in other.states if s is not None and s.made_at is not None})


def _rank(feed: Feed, facts: FileFacts) -> tuple[bool, int, int]:
    """Which of two twin feeds speaks: one a site builds, then the one that knows more dims,
    then the first walked."""
    unknown = sum(1 for t in (feed.input, *feed.states) if t is not None
                  for d in (t.dims or (None,)) if d is None)
    index = next((i for i, f in enumerate(facts.feeds) if f is feed), len(facts.feeds))
    return feed.hypothetical, unknown, index


def _cause_key(finding: Finding, feed: Feed) -> tuple:
    """A finding without what tells twin walks apart: the configuration, shapes in brackets."""
    message = finding.message
    if feed.when and message.startswith(f"{feed.when}, "):
        message = message[len(feed.when) + 2:]
    while (stripped := re.sub(r"\([^()]*\)", "", message)) != message:
        message = stripped
    return finding.location, " ".join(message.split())  # an assumption dropped leaves a space


def _made_here(feed: Feed, subject: str, state: Tensor) -> Related:
    """The note at the state's making: "h_0 and c_0 are made here: torch.zeros(...) at line 9"."""
    return Related(feed.path, state_location(state),
                   f"{subject.rsplit(' ', 1)[0]} {'are' if ' and ' in subject else 'is'} "
                   f"made here: {state.origin}")


def _judged(feed: Feed, facts: FileFacts):
    if feed.record is None or not feed.states:
        return
    sizes = sizes_of(feed.record)
    if (wrong := state_structure(feed, sizes)) is not None:
        yield wrong
        return
    if missing_batch_dim(feed) or unbatched_step(feed):
        yield _unbatched_input(feed, sizes)
        return
    batch = _batch(feed, sizes)
    shown_batch = batch if batch is not None else Size.named("N@")
    names = ("h_0", "c_0") if not sizes.cell else ("h", "c")
    unbatched = feed.input is not None and feed.input.dims is not None and \
        len(feed.input.dims) == (1 if sizes.cell else 2)
    # A swap of the layer's sizes that LC003 reports explains the states it makes fit.
    swapped = swap(sizes) if explained_by_swap(feed.record, facts) else None
    found: list[tuple[str, str, Tensor, tuple]] = []
    guessed: list[tuple[str, str, Tensor, tuple]] = []
    for index, (state, name, last) in enumerate(zip(feed.states, names, _lasts(sizes))):
        if state is None:
            continue
        expected = _expected(sizes, last, shown_batch, unbatched)
        problem = _problem(state, name, expected, sizes, batch)
        if problem is not None and swapped is not None:
            fits = _expected(swapped, _lasts(swapped)[index], shown_batch, unbatched)
            if _problem(state, name, fits, swapped, batch) is None:
                continue
        if problem is not None and state.dims and fixed_upstream(state, last, facts) \
                and _problem(replace(state, dims=state.dims[:-1] + (last,)), name, expected,
                             sizes, batch) is None:
            continue  # made by a layer whose swapped sizes LC003 reports; the swap fits it
        if problem is not None:
            found.append((name, problem, state, expected))
        elif (guess := _batch_placed_first(state, expected, sizes)) is not None:
            guessed.append((name, guess, state, expected))
    if guessed and not found:
        yield _batch_first_warning(feed, guessed, sizes)
    others: dict[str, Tensor] = {}
    left_out = [_layer_dim_left_out(feed, state, problem, expected)
                for _, problem, state, expected in found]
    if len(found) == 2 and found[0][1] == found[1][1] and found[0][3] == found[1][3] \
            and (found[0][2].dims == found[1][2].dims or all(left_out)):
        (_, problem, state, expected), (other_name, _, other, _) = found
        lines = f"lines {state.line} and {other.line}" if state.line != other.line else f"line {state.line}"
        others[f"{found[0][0]} and {found[1][0]} are"] = other
        found = [(f"{found[0][0]} and {found[1][0]} are", problem,
                  replace(state, origin=state.origin.replace(f"at line {state.line}", f"at {lines}")),
                  expected)]
    else:
        found = [(f"{name} is", problem, state, expected) for name, problem, state, expected in found]
    layer = f"{'the bidirectional ' if sizes.directions is not None and sizes.directions.value == 2 else ''}nn.{feed.kind}"
    for subject, problem, state, expected in found:
        rank_assumed = ("the input is batched (3-D)",) \
            if _unbatched_would_fit(feed, state, problem, expected) else ()
        if rank_assumed and state.layer is not None and state.layer == feed.layer:
            # the layer's own 2-D final state handed back to it (a stream cut in chunks): it
            # was made from an unbatched input, which is what the layer is fed again
            continue
        related = [meeting(feed, f"the states are passed to nn.{feed.kind} here"),
                   Related(feed.path, feed.layer, f"{layer} is built here")]
        other = others.get(subject)
        if other is not None and state_location(other) != state_location(state):
            related.insert(0, Related(feed.path, state_location(other),
                                      f"{subject.split(' and ')[1].split()[0]} is made the same way here"))
        shape = wanted_shape = shape_text(expected)
        if problem.startswith("the batch dim must be") and len(expected) == 3:
            # the batch one call shows is no number to write: another call has another
            wanted_shape = (f"{shape_text((expected[0], Size.named('N'), expected[2]))}, N taken "
                            "from the input (x.size(0) under batch_first, else x.size(1)), not a "
                            "fixed number")
        location: Location = state_location(state)
        fix = Fix(f"make {subject.split()[0]}{' and ' + subject.split()[2] if ' and ' in subject else ''} "
                  f"{wanted_shape}", safe=False)
        flag = _layer_ignores_flag(feed, state, sizes, facts)
        if flag is not None:
            wanted = flag.endswith("True")
            problem = (f"the state is built for {'two directions' if wanted else 'one direction'}, "
                       f"as {flag} asks, but the layer is built "
                       f"{'one-way' if wanted else 'bidirectional'}")
            location = argument_location(feed.record, "bidirectional")
            if location == feed.layer:  # the primary span is the layer: no note repeats it
                related = [r for r in related if r.location != feed.layer]
            related.insert(0, Related(feed.path, state_location(state),
                                      f"{subject.split()[0]} is made for {flag} here"))
            fix = Fix(f"build nn.{feed.kind} with bidirectional={wanted} (the model's {flag.split('=')[0]})")
        elif (repeated := _listed_for_each_layer(state, problem, expected)) is not None:
            # `[box] * n` hands each of n one-layer RNNs the whole box of their n states
            rows = shape_text((expected[0],) + tuple(state.dims[1:])) if state.dims else shape
            what = "pair" if " and " in subject else "tensor"
            problem += (f"; the list at line {repeated.location.line} repeats the one {what} "
                        f"{repeated.count} times, so each layer it is handed to gets all "
                        f"{state.dims[0]} rows: give each its own {rows}, e.g. "
                        f"torch.split(state, {expected[0]}, dim=0)")
            location = repeated.location
            related.insert(0, _made_here(feed, subject, state))
            fix = Fix(f"split the states into {repeated.count} pieces of {expected[0]} rows, one per "
                      "layer, instead of repeating the whole", safe=False)
        elif _layer_dim_left_out(feed, state, problem, expected):
            # (N, H) from a Linear, a cat, a layer's h_n[-1]: right as what made it, one dim
            # short as a state: the dim goes in where it is handed to the layer, or to the
            # method that applies it
            location = handed_in(state) or feed.location
            made = [state] + ([other] if other is not None
                              and state_location(other) != state_location(state) else [])
            related = [Related(feed.path, state_location(t), f"{t.origin.split(' at line')[0]} "
                               f"makes {shape_text(t.dims)} here") for t in made] \
                + ([meeting(feed, f"the states are passed to nn.{feed.kind} here")]
                   if location != feed.location else []) \
                + [Related(feed.path, feed.layer, f"{layer} is built here")]
            if len(made) == 2:
                state = replace(state, origin=f"{state.origin}; {shape_text(other.dims)}: {other.origin}")
            problem += "; add the layer dim where they are passed, e.g. .unsqueeze(0)" \
                if other is not None else "; add the layer dim where it is passed, e.g. .unsqueeze(0)"
            fix = Fix(f"give {subject.rsplit(' ', 1)[0]} the layer dim where "
                      f"{'they are' if ' and ' in subject else 'it is'} passed: .unsqueeze(0)",
                      safe=False)
        elif _wrong_tensor(state, expected):
            problem += "; no dim fits: is this the tensor meant as the state?"
            location = feed.location
            related[0] = Related(feed.path, state_location(state), f"{state.origin.split(' at line')[0]} is made here")
            fix = Fix(f"pass the layer's state {shape} here", safe=False)
        elif problem.startswith("the batch dim must be") \
                and (view := arranged_input(feed, state)) is not None:
            batch, time = (0, 1) if sizes.batch_first else (1, 0)
            assert feed.input is not None and feed.input.dims is not None
            problem += (f"; the state takes {feed.input.dims[time]} as the batch, which "
                        f"{feed.input.origin.split(' at line')[0]} puts in dim {time}, while "
                        f"under batch_first={sizes.batch_first} the batch is dim {batch}")
            location = view
            related = [Related(feed.path, state_location(state),
                               f"{subject.rsplit(' ', 1)[0]} {'are' if ' and ' in subject else 'is'} "
                               f"made here with {feed.input.dims[time]} as the batch")] + related
            fix = Fix(f"put the batch in dim {batch} of the input (batch_first="
                      f"{sizes.batch_first}), or build nn.{feed.kind} with batch_first="
                      f"{not sizes.batch_first}", safe=False)
        elif problem.startswith("the batch dim must be") \
                and (written := _batch_written_by_caller(state)) is not None:
            # a helper (`init_hidden(batch)`) makes the state with the batch its caller
            # writes into the call whose result it hands over: that number is what changes
            problem += (f"; the batch {state.dims[1]} is written at line {written.line}, in the "
                        "call that makes the state")
            location = written
            related = [Related(feed.path, state_location(state),
                               f"{subject.rsplit(' ', 1)[0]} {'are' if ' and ' in subject else 'is'} "
                               f"made here with the batch passed")] + related
        elif problem.startswith("the batch dim must be") and feed.fixed_batch is not None \
                and feed.fixed_batch.entered is not None:
            # made elsewhere for a batch fixed in advance (flow/fixed_batches.py): the fix
            # makes it here, for the batch given
            rows = feed.fixed_batch.size
            problem += f"; it is made elsewhere for {rows} row{'s' if rows != 1 else ''} and comes in here"
            location = feed.fixed_batch.entered
            related = [Related(feed.path, state_location(state), f"{subject.rsplit(' ', 1)[0]} "
                               f"{'are' if ' and ' in subject else 'is'} made here")] + related
        elif (blame := blame_state(feed, state, subject.rsplit(" ", 1)[0], expected,
                                   facts)) is not None:
            problem += f"; {blame.reason}"
            location = blame.location
            shown = (location, *(where for where, _ in blame.notes))
            kept = [r for r in related if not any(_within(r.location, w) for w in shown)]
            related = [Related(feed.path, where, what) for where, what in blame.notes] + kept
            fix = Fix(blame.fix, blame.edits, safe=False)
        elif (handed := _final_state_handed(feed, state)) is not None:
            # another layer's final state, right for that layer, handed by a caller to the
            # method that applies this one: the caller merges or cuts it (the method serves
            # every caller)
            problem += (f"; it is handed in at line {handed.line}, right as the final state "
                        f"of the layer that made it: make it {shape} where it is handed over")
            location = handed
            related = [_made_here(feed, subject, state)] + related
        elif (maker := directions_to_merge(feed, state, facts)) is not None:
            # another layer's whole final state, right for it, handed to a layer of other
            # directions in the same function: merged or split where it is handed over
            problem += (f"; it is the final state of nn.{maker.constructor} at line "
                        f"{maker.location.line}, right for that layer: make it {shape} where "
                        f"it is handed over")
            location = feed.location
            related = [_made_here(feed, subject, state)] \
                + [r for r in related if r.location != feed.location]
        elif (carried := _dim_decided_earlier(feed, state, problem)) is not None:
            # the wrong dim was decided by an earlier op and only carried since (an expand
            # over the batch, a view adding the layer dim): the number to change is there
            which = "batch" if problem.startswith("the batch dim must be") \
                else "first" if carried == state.first_at else "last"
            problem += (f"; its {which} dim is decided at line {carried.line} and kept by "
                        f"the ops since")
            location = carried
            related = [Related(feed.path, state_location(state),
                               f"{subject.rsplit(' ', 1)[0]} {'are' if ' and ' in subject else 'is'} "
                               f"made from it here, keeping its {which} dim")] + related
            fix = Fix(f"make the tensor at line {carried.line} with "
                      + (f"{expected[0]} rows in its first dim" if which == "first"
                         else f"{expected[-1]} in its last dim" if which == "last"
                         else f"the batch {expected[1]} in the dim that becomes the state's batch"),
                      safe=False)
            if which == "last" and (head := sizing_head(carried, feed, facts)) is not None:
                # a Linear made the features: its out_features is where the number is written
                problem = problem.replace(
                    f"is decided at line {carried.line}",
                    f"is the out_features of nn.Linear at line {head.layer.line}, applied at "
                    f"line {carried.line},")
                related.insert(0, Related(feed.path, carried, "the Linear makes the features here"))
                location = head.layer
                fix = Fix(f"build the Linear with out_features={expected[-1]}", safe=False)
        directions = directions_written(feed, state, facts)
        if directions is not None and location != directions[0] \
                and all(r.location != directions[0] for r in related):
            # the maker built with other directions: the other place real fixes change
            related.append(Related(feed.path, *directions))
        yield RULE.feed_finding(
            feed,
            f"{subject} {shape_text(state.dims)} ({state.origin}) but {layer} at line "
            f"{feed.layer.line} needs {shape}: {problem}",
            assumed=assumptions(*(state.dims or ()), *expected, sizes.directions) + rank_assumed,
            outcome=_STATES_REJECTED,
            location=location,
            related=tuple(related),
            fix=fix,
        )



# --- the structure of the states: a tensor, a pair, a tuple, a cell's one layer -------------

# What torch raises for states in a tuple of the wrong length: a GRU calls .dim() on the
# tuple or list, an LSTM indexes a 1-tuple's second item, or counts more than two.
_TUPLE_REJECTED = forward_error(
    r"'(tuple|list)' object has no attribute 'dim'|tuple index out of range|"
    r"lstm(_cell)? expects two hidden states", exception=None)

# A cell's states are one layer's: (N, hidden_size) or (hidden_size), never with a layer dim.
_CELL_RANK_REJECTED = forward_error(r"Expected (hx\[\d\]|hidden) to be 1D or 2D", exception="ValueError")


def state_structure(feed: Feed, sizes: RecurrentSizes) -> Finding | None:
    """States in a structure the layer cannot take, whatever their sizes: one tensor where an
    LSTM takes the pair, a GRU's one state in a tuple (`(h,)`, `(h, c)` left from an LSTM
    version), a tuple of another length, a cell given a whole stack's (L, N, H) state."""
    count = len(feed.states)
    if sizes.lstm and count == 1 and not feed.states_in_tuple:
        # one tensor (also torch.stack([h, c])) for the pair
        return _wrong_form(feed, sizes)
    if not sizes.lstm and count == 2:
        return _wrong_form(feed, sizes)  # (h, c) for a GRU
    if count != (2 if sizes.lstm else 1) or (not sizes.lstm and feed.states_in_tuple):
        wrong = _tuple_of_wrong_length(feed, sizes)
        return wrong
    if sizes.cell:
        return _cell_given_layers(feed, sizes)
    return None


def _tuple_of_wrong_length(feed: Feed, sizes: RecurrentSizes) -> Finding:
    """`(h,)` for a GRU, `(h,)` or `(h, c, x)` for an LSTM: fixed where the tuple is passed."""
    count = len(feed.states)
    names = ("h", "c") if sizes.cell else ("h_0", "c_0")
    if sizes.lstm:
        wanted, fix = f"the pair ({names[0]}, {names[1]})", f"pass ({names[0]}, {names[1]})"
    else:
        wanted, fix = f"one tensor, {names[0]}, not in a tuple", f"pass {names[0]} itself"
    message = (f"nn.{feed.kind} (line {feed.layer.line}) is given its states as a tuple of "
               f"{count} ({_origins(feed)}), but {'an' if sizes.lstm else 'a'} {feed.kind}'s "
               f"states are {wanted}: torch fails on the tuple. {fix[0].upper()}{fix[1:]}")
    return RULE.feed_finding(feed, message, outcome=_TUPLE_REJECTED, fix=Fix(fix),
                             related=(Related(feed.path, feed.layer, f"nn.{feed.kind} is built here"),))


def _origins(feed: Feed) -> str:
    known = list(dict.fromkeys(s.origin for s in feed.states if s is not None))
    return "; ".join(known) if known else "states the file does not show"


_KEPT = re.compile(r", kept on \w+$")


def _cell_given_layers(feed: Feed, sizes: RecurrentSizes) -> Finding | None:
    """A cell steps one layer: a 3-D state (a stack's (L, N, H), or a layer's h_n) is more
    than it takes. Fixed where a factory makes it (one layer's (N, H)), else where it is
    passed (`h_n[-1]`, `.squeeze(0)`)."""
    names = ("h", "c") if sizes.lstm else ("h",)
    over = [(name, state) for name, state in zip(names, feed.states)
            if state is not None and state.dims is not None and len(state.dims) > 2]
    if not over:
        return None
    name, state = over[0]
    assert state.dims is not None
    subject = " and ".join(n for n, _ in over) + (" are" if len(over) > 1 else " is")
    one_layer = shape_text(state.dims[1:]) if len(state.dims) == 3 \
        else f"(N, {sizes.hidden_size})"
    made_by_factory = _FACTORIES.match(state.origin) is not None and state.made_at is not None
    # a state read out of the object that keeps it wrapped (`hidden = state.hidden`, a GRU's
    # `(h,)`) is fixed where it is read: that is where the wrapping is undone
    read_from_object = _KEPT.search(state.origin) is not None and state.made_at is not None
    location = state_location(state) if made_by_factory or read_from_object else None
    if made_by_factory:
        fix = f"make {subject.rsplit(' ', 1)[0]} one layer's state {one_layer}"
    elif read_from_object:
        fix = "take the tensor out of the tuple the object keeps it in ([0] of it) before it is indexed by layer"
    else:
        fix = f"pass one layer's state {one_layer}: the last layer's is [-1] of it"
    message = (f"{subject} {len(state.dims)}-D {shape_text(state.dims)} ({state.origin}) but "
               f"nn.{feed.kind} (line {feed.layer.line}) is one layer's step: its states are "
               f"(N, hidden_size), or (hidden_size) unbatched; {fix}")
    related = [Related(feed.path, feed.layer, f"nn.{feed.kind} is built here")]
    if location is not None:
        related.insert(0, meeting(feed, f"the states are passed to nn.{feed.kind} here"))
    return RULE.feed_finding(feed, message, outcome=_CELL_RANK_REJECTED, location=location,
                             related=tuple(related), fix=Fix(fix, safe=False))


RULE = Rule(
    code="LC009",
    name="initial-state-mismatch",
    severity="error or warning",
    summary="h_0 or c_0 has a shape the layer rejects (num_layers for a bidirectional layer, "
            "hidden_size with proj_size, batch first), or comes in the wrong form (one tensor "
            "for an LSTM, a pair or a tuple for a GRU, a stack's state for a cell).",
    explanation=(
        "Initial states are (D*num_layers, N, H_out) for h_0 and (D*num_layers, N, hidden_size) "
        "for c_0, where D is 2 for a bidirectional layer and H_out is proj_size when it is set. "
        "batch_first changes the input and output only, never the states. A wrong state "
        "raises 'Expected hidden[0] size ..., got ...' at the first forward pass. An LSTM "
        "(and an LSTMCell) takes the pair (h_0, c_0), a GRU or RNN h_0 alone: the other form "
        "fails too."
    ),
    wrong=(
        "lstm = nn.LSTM(10, 20, num_layers=2, bidirectional=True)\n"
        "h0 = torch.zeros(2, 3, 20)\nc0 = torch.zeros(2, 3, 20)\n"
        "out, _ = lstm(torch.randn(5, 3, 10), (h0, c0))"
    ),
    right=(
        "lstm = nn.LSTM(10, 20, num_layers=2, bidirectional=True)\n"
        "h0 = torch.zeros(4, 3, 20)\nc0 = torch.zeros(4, 3, 20)\n"
        "out, _ = lstm(torch.randn(5, 3, 10), (h0, c0))"
    ),
    valid=(
        "import torch\nfrom torch import nn\n"
        "gru = nn.GRU(10, 20)\nlstm = nn.LSTM(10, 20)\nx = torch.randn(5, 3, 10)\n"
        "h0 = torch.zeros(1, 3, 20)\n"
        "out, h = gru(x, h0)\nout, (h, c) = lstm(x, (h0, h0))\n",
        "import torch\nfrom torch import nn\n"
        "lstm = nn.LSTM(10, 20, batch_first=True, proj_size=5)\n"
        "x = torch.randn(3, 7, 10)\n"
        "h0 = torch.zeros(1, x.size(0), 5)\nc0 = torch.zeros(1, x.size(0), 20)\n"
        "out, _ = lstm(x, (h0, c0))\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, layers, hidden):\n"
        "        super().__init__()\n"
        "        self.layers, self.hidden = layers, hidden\n"
        "        self.gru = nn.GRU(8, hidden, layers, bidirectional=True)\n"
        "    def forward(self, x):\n"
        "        h0 = torch.zeros(2 * self.layers, x.size(1), self.hidden)\n"
        "        return self.gru(x, h0)\n",
    ),
    invalid=(
        "import torch\nfrom torch import nn\n"
        "lstm = nn.LSTM(10, 20)\nx = torch.randn(5, 3, 10)\n"
        "out, _ = lstm(x, torch.zeros(1, 3, 20))\n",
        "import torch\nfrom torch import nn\n"
        "gru = nn.GRU(10, 20)\nh0 = torch.zeros(1, 3, 20)\n"
        "out, h = gru(torch.randn(5, 3, 10), (h0, h0))\n",
        "import torch\nfrom torch import nn\n"
        "cell = nn.LSTMCell(10, 20)\n"
        "h, c = cell(torch.randn(3, 10), torch.zeros(3, 20))\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, layers, hidden):\n"
        "        super().__init__()\n"
        "        self.layers, self.hidden = layers, hidden\n"
        "        self.gru = nn.GRU(8, hidden, layers, bidirectional=True)\n"
        "    def forward(self, x):\n"
        "        h0 = torch.zeros(self.layers, x.size(1), self.hidden)\n"
        "        return self.gru(x, h0)\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, layers, hidden):\n"
        "        super().__init__()\n"
        "        self.layers = layers\n"
        "        self.hidden = hidden\n"
        "        self.lstm = nn.LSTM(8, hidden, layers, bidirectional=True)\n"
        "    def forward(self, x):\n"
        "        h0 = torch.zeros(self.layers, x.size(1), self.hidden)\n"
        "        c0 = torch.zeros(self.layers, x.size(1), self.hidden)\n"
        "        return self.lstm(x, (h0, c0))\n",
        "import torch\nfrom torch import nn\n"
        "lstm = nn.LSTM(10, 20, batch_first=True, proj_size=5)\n"
        "x = torch.randn(3, 7, 10)\n"
        "h0 = torch.zeros(1, 3, 20)\nc0 = torch.zeros(1, 3, 20)\n"
        "out, _ = lstm(x, (h0, c0))\n",
        "import torch\nfrom torch import nn\n"
        "lstm = nn.GRU(10, 20, num_layers=2, batch_first=True)\n"
        "x = torch.randn(4, 7, 10)\n"
        "out, h = lstm(x, torch.zeros(x.size(0), 2, 20))\n",
        "import torch\nfrom torch import nn\n"
        "gru = nn.GRU(10, 20)\nh0 = torch.zeros(1, 3, 20)\n"
        "out, h = gru(torch.randn(5, 3, 10), (h0,))\n",
        "import torch\nfrom torch import nn\n"
        "cell = nn.GRUCell(10, 20)\n"
        "h = cell(torch.randn(3, 10), torch.zeros(1, 3, 20))\n",
    ),
    check_feed=check_feed,
)
