"""LC009's checks of the ops that bridge a state to a layer and raise before the layer sees it:
a view or reshape that cannot hold the tensor it views (`one_layer.view(self.decoder.num_layers,
B, H)`), and a comprehension that takes more rows of a state than it has (`[enc_h[i] for i in
range(decoder_layers)]`). The shape asked for may fit the layer exactly; torch raises at the
op, which is where it is reported, once per op, with the layer as a note. The finding's call
is the op, which `--verify` replays on the meta device from the sizes recorded (lint/replay.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable, Iterator

from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import Rule, assumptions, forward_error, meeting
from lstmcheck.records import Feed, FileFacts, Finding, Fix, IndexedPast, Location, Related, Tensor, UnfitView
from lstmcheck.sizes import Size, same

_VIEW_REJECTED = forward_error(r"is invalid for input of size")
_INDEX_REJECTED = forward_error(r"out of bounds for dimension 0", exception="IndexError")


def _count(sizes: tuple[Size, ...]) -> Size:
    total = Size.number(1)
    for size in sizes:
        total = total * size
    return total


def _asked_text(asked: tuple[Size, ...]) -> str:
    """How many elements a view asks for: with a -1, any multiple of the other sizes."""
    if any(s.value == -1 for s in asked):
        rest = _count(tuple(s for s in asked if s.value != -1))
        return f"a multiple of {rest}"
    return str(_count(asked))


def _listed(sizes: tuple[Size, ...]) -> str:
    return ", ".join(str(s) for s in sizes)


def _hint(view: UnfitView, layers: Size | None) -> tuple[str, Fix | None]:
    """What the view most likely meant: one layer's worth of state, (N, H) or (1, N, H),
    stretched over the layer's D*num_layers rows by a view, which holds only its own rows."""
    before, asked = view.before, view.asked
    if layers is None or not asked or not same(asked[0], layers) or layers.value == 1:
        return "", None
    if len(asked) == len(before) + 1 and all(same(a, b) for a, b in zip(asked[1:], before)):
        spread = f".unsqueeze(0).repeat({layers}, 1, 1)"
    elif len(asked) == len(before) and before[0].value == 1 \
            and all(same(a, b) for a, b in zip(asked[1:], before[1:])):
        spread = f".repeat({layers}, 1, 1)"
    else:
        return "", None
    return (f"; it holds one layer's worth of state, and the layer takes {layers} rows of it: "
            f"repeat it for each, `{spread}` (or give the layer one row)",
            Fix(f"spread the state over the layer's rows with {spread}", safe=False))


_FACTORY = re.compile(r"(torch\.(zeros|ones|empty|full|randn|rand)|\.new_(zeros|ones|empty|full)|\.new)\(")


def _split_out(view: UnfitView) -> Size | None:
    """The size a view splits out of the first dim of a tensor a factory made (`new_zeros(L,
    B, H)` viewed as `(L, D, B, H)`): the view's other sizes are the factory's, in order, and
    that one size is what the factory left out. None otherwise."""
    before, asked = view.before, view.asked
    if not view.viewed_origin or not _FACTORY.match(view.viewed_origin) \
            or len(asked) != len(before) + 1 or view.viewed_at == view.location:
        return None
    for k in (1,):  # the dim right after the first: (layers, directions, ...)
        rest = asked[:k] + asked[k + 1:]
        if all(same(a, b) for a, b in zip(rest, before)) and asked[k].value != -1:
            return asked[k]
    return None


def _once(feed: Feed, facts: FileFacts, record_of: Callable[[Tensor], Any]) -> list:
    """The records (views, comprehensions) among this feed's states that this feed reports:
    one finding per place in the code, by the first feed that passes a state made there, a
    feed some site builds before one no site does (several walks see one op, `zeros_like` of
    a viewed state carries the view along)."""
    def places(f: Feed) -> dict:
        found = {}
        for state in (f.input, *f.states):
            record = record_of(state) if state is not None else None
            if record is not None:
                found.setdefault(record.location, record)
        return found

    mine = places(feed)
    if not mine:
        return []
    order = sorted((f for f in facts.feeds if f.record is not None),
                   key=lambda f: f.hypothetical)  # stable: walk order within each kind
    out = []
    for location, record in mine.items():
        first = next((f for f in order if location in places(f)), feed)
        if first is feed:
            out.append(record)
    return out


def unfit_states(rule: Rule, feed: Feed, facts: FileFacts) -> Iterator[Finding]:
    """One finding per view that cannot hold its tensor, among the states of this feed; the
    first feed (in walk order) that passes a state made by that view reports it."""
    if feed.record is None:
        return
    sizes = sizes_of(feed.record)
    placed: dict[Location, Finding] = {}  # h and c viewed alike from one factory: one finding
    for view in _once(feed, facts, lambda state: state.unfit):
        before = _count(view.before)
        hint, fix = _hint(view, sizes.layers_times_directions)
        if before.value is not None and all(s.value is not None for s in view.asked):
            said = f"\"shape '[{_listed(view.asked)}]' is invalid for input of size {before}\""
        else:  # torch says it with the numbers of the run
            said = "\"shape '[...]' is invalid for input of size ...\""
        message = (f".{view.method}({_listed(view.asked)}) of a ({_listed(view.before)}) "
                   f"tensor asks for {_asked_text(view.asked)} elements where there are {before}: torch raises at "
                   f"the {view.method} ({said}), before nn.{feed.kind} (line {feed.layer.line}) "
                   f"runs{hint}")
        location = view.location
        related = (meeting(feed, f"what the view makes is passed to nn.{feed.kind} here"),
                   Related(feed.path, feed.layer, f"nn.{feed.kind} is built here"))
        split = _split_out(view)
        if split is not None and view.viewed_at is not None and fix is None:
            # the factory wrote its shape without a dim the view splits out (directions):
            # the view states the layout; the factory call is what changes
            rows = view.before[0] * split
            message += (f"; the tensor is made at line {view.viewed_at.line} "
                        f"({(view.viewed_origin or '').split(' at line')[0]}) without the "
                        f"{split} the view splits out of its first dim: make it with {rows} rows")
            location = view.viewed_at
            related = (Related(feed.path, view.location, f"torch raises here: the {view.method} "
                               f"asks for {_asked_text(view.asked)} elements"),) + related
            fix = Fix(f"make the tensor with {rows} rows in its first dim", safe=False)
        finding = rule.feed_finding(
            feed, message, assumed=assumptions(*view.before, *view.asked), outcome=_VIEW_REJECTED,
            location=location, fix=fix, related=related)
        if location in placed:
            first = placed[location]
            placed[location] = replace(first, related=first.related + tuple(
                r for r in related if r not in first.related))
            continue
        placed[location] = replace(finding, call=view.location)
    yield from placed.values()
    yield from _rows_past(rule, feed, facts)


def _rows_past(rule: Rule, feed: Feed, facts: FileFacts) -> Iterator[Finding]:
    """One finding per place to fix among the ops that take a state's rows past its end: the
    comprehension, the site that passes its count, or the factory that writes the rows; the
    places where torch raises as notes (`h` and `c` taken alike are one finding)."""
    assert feed.record is not None
    found: dict = {}
    for past in _once(feed, facts, lambda state: state.past):
        location, message, notes = _described(past, feed)
        if location in found:
            found[location][2].extend(n for n in notes if n not in found[location][2])
            continue
        found[location] = (past, message, list(notes))
    for location, (past, message, notes) in found.items():
        related = (*notes, meeting(feed, f"what the rows make is passed to nn.{feed.kind} here"),
                   Related(feed.path, feed.layer, f"nn.{feed.kind} is built here"))
        finding = rule.feed_finding(
            feed, message, assumed=assumptions(past.rows, past.count), outcome=_INDEX_REJECTED,
            location=location, related=related)
        yield replace(finding, call=past.location)


def _described(past: IndexedPast, feed: Feed) -> tuple[Location, str, list[Related]]:
    """Where the finding goes, what it says, and the notes where torch raises."""
    raises = f"torch raises IndexError (\"index {past.index if past.index is not None else past.rows} " \
             f"is out of bounds for dimension 0 with size {past.rows}\") before nn.{feed.kind} " \
             f"(line {feed.layer.line}) runs"
    if past.index is None:
        message = (f"the comprehension takes {past.count} rows, one for each index of its range, "
                   f"of {past.origin}, which has {past.rows}: {raises}; the layers that take the "
                   "rows outnumber the rows of the state: give both the same number of layers, "
                   "or take only the rows the state has")
        if past.set_at is None:
            return past.location, message, []
        message += "; the count of the range is passed here, where the model is built"
        return past.set_at, message, [Related(feed.path, past.location,
                                              f"torch raises here: row {past.rows} does not exist")]
    message = f"row {past.index} of {past.origin} is taken, but it has {past.rows} rows: {raises}"
    if past.made_at is None:
        return past.location, message + "; take a row the state has", []
    message += f"; make the state with at least {past.count} rows, one for each layer that takes one"
    return past.made_at, message, [Related(feed.path, past.location,
                                           f"torch raises here: row {past.index} does not exist")]
