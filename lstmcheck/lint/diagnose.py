"""Diagnosis by cause: one mistake on a layer, one finding, one fix that fits every observation.

A layer's sizes meet data in several places: the tensors fed to it, its initial states, and
whatever reads its results (a Linear head, the next recurrent layer, another layer's states).
One mistake shows up at several of them. Before a rule reports a symptom it asks here for
the layer's cause:

- "swapped": input_size and hidden_size are the wrong way round. Only a swap when swapping
  both sizes fits every observation around the layer (a 51-wide state or a Linear(51, 1)
  after an LSTMCell(52, 51) fed 51 features say that only input_size is wrong).
- "bidirectional-input": the layer reads a bidirectional layer's output, 2*H features, and
  was sized for one direction, H. Not a swap even when 2*H happens to be its hidden_size.

The cause decides which rule speaks (LC003 for a swap, LC008 for the input) and which
symptoms stay silent because the cause's fix removes them. The same functions give the
fix's new sizes, so the rules' edits and --verify's re-run cannot disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lstmcheck.lint.recurrent import RecurrentSizes, sizes_of
from lstmcheck.lint.spans import grouped
from lstmcheck.records import CallRecord, Edit, Feed, FileFacts, Location, Tensor, Value
from lstmcheck.sizes import Size, differ, same

SWAPPED = "swapped"
BIDIRECTIONAL_INPUT = "bidirectional-input"


@dataclass(frozen=True)
class Observation:
    """One place data meets the layer's sizes: whether it certainly fails as written, and as
    it would with the sizes swapped (None: cannot tell)."""

    kind: str  # "input", "state", "reader"
    location: Location
    label: str
    wrong: bool
    wrong_if_swapped: bool | None


def swap(sizes: RecurrentSizes) -> RecurrentSizes | None:
    """The sizes with input_size and hidden_size exchanged; None when H_out is not known."""
    if sizes.h_out is None or sizes.input_size is None or sizes.hidden_size is None:
        return None
    projected = not same(sizes.h_out, sizes.hidden_size)
    return replace(sizes, input_size=sizes.hidden_size, hidden_size=sizes.input_size,
                   h_out=sizes.h_out if projected else sizes.input_size)


def _unit(sizes: RecurrentSizes, part: str | None) -> Size | None:
    return sizes.hidden_size if part in ("c_n", "c") else sizes.h_out


def produced_if_swapped(tensor: Tensor, sizes: RecurrentSizes, swapped: RecurrentSizes) -> Size | None:
    """The features of a tensor read from the layer once its sizes are swapped: k*H_out for
    the k*H_out it has now (one direction, both); None when it is not a multiple we know."""
    old, new = _unit(sizes, tensor.part), _unit(swapped, tensor.part)
    if old is None or new is None or tensor.last is None:
        return None
    for k in (1, 2):
        if same(tensor.last, Size.number(k) * old):
            return Size.number(k) * new
    return None


def _wrong(given: Size | None, wanted: Size | None) -> bool | None:
    if given is None or wanted is None:
        return None
    return differ(given, wanted)


def feeds_of(record: CallRecord, facts: FileFacts) -> list[Feed]:
    return [f for f in facts.feeds if f.record is not None and f.record.location == record.location]


def state_wants(sizes: RecurrentSizes, index: int) -> Size | None:
    """The features state `index` must have: h has H_out (a cell's, hidden_size), c has
    hidden_size."""
    return sizes.hidden_size if index == 1 or sizes.cell else sizes.h_out


def observations(record: CallRecord, facts: FileFacts) -> list[Observation]:
    sizes = sizes_of(record)
    swapped = swap(sizes)
    out: list[Observation] = []
    for feed in feeds_of(record, facts):
        tensor = feed.input
        if tensor is not None and tensor.last is not None:
            # the layer's own output fed back (a stack built alike): it follows a swap
            given = produced_if_swapped(tensor, sizes, swapped) \
                if swapped is not None and tensor.layer == record.location else tensor.last
            out.append(Observation(
                "input", feed.location, f"fed {tensor.last} features here ({tensor.origin})",
                bool(_wrong(tensor.last, sizes.input_size)),
                None if swapped is None or given is None else _wrong(given, swapped.input_size)))
        for index, state in enumerate(feed.states):
            if state is None or not state.dims or state.layer == record.location:
                continue  # unknown, or the layer's own result fed back: it follows any fix
            name = ("h", "c")[index] if index < 2 else "state"
            wanted = state_wants(sizes, index)
            out.append(Observation(
                "state", state_location(state), f"{name} has {state.dims[-1]} features here",
                bool(_wrong(state.dims[-1], wanted)),
                None if swapped is None else _wrong(state.dims[-1], state_wants(swapped, index))))
    for feed in facts.feeds:
        readers = [(feed.input, feed.in_features if feed.record is None else
                    sizes_of(feed.record).input_size, feed.location)]
        if feed.record is not None:
            other = sizes_of(feed.record)
            readers += [(s, state_wants(other, i), feed.location)
                        for i, s in enumerate(feed.states) if s is not None]
        for tensor, wanted, where in readers:
            if tensor is None or tensor.layer != record.location or tensor.last is None:
                continue
            if feed.record is not None and feed.record.location == record.location:
                continue  # the layer's own states fed back: judged above
            given_swapped = produced_if_swapped(tensor, sizes, swapped) if swapped else None
            label = (f"nn.{feed.kind} (line {feed.layer.line}) reads {tensor.last} features "
                     f"of it here, and expects {wanted}")
            out.append(Observation("reader", where, label, bool(_wrong(tensor.last, wanted)),
                                   _wrong(given_swapped, wanted) if given_swapped else None))
    return out


def bidirectional_source(feed: Feed, facts: FileFacts) -> CallRecord | None:
    """The bidirectional layer whose 2*H_out output is fed to a layer built for H_out."""
    tensor = feed.input
    if tensor is None or tensor.layer is None or feed.record is None:
        return None
    source = next((r for r in facts.calls if r.location == tensor.layer), None)
    if source is None:
        return None
    theirs, ours = sizes_of(source), sizes_of(feed.record)
    if theirs.directions is None or theirs.directions.value != 2 or theirs.h_out is None:
        return None
    if same(tensor.last, Size.number(2) * theirs.h_out) and same(ours.input_size, theirs.h_out):
        return source
    return None


def cause(record: CallRecord, facts: FileFacts) -> str | None:
    """The one mistake that explains the layer's failing inputs, or None."""
    sizes = sizes_of(record)
    wrong_inputs = [f for f in feeds_of(record, facts) if f.input is not None
                    and differ(f.input.last, sizes.input_size)]
    if not wrong_inputs:
        return None
    if any(bidirectional_source(f, facts) is not None for f in wrong_inputs):
        return BIDIRECTIONAL_INPUT
    if swap(sizes) is None or not all(same(f.input.last, sizes.hidden_size)  # type: ignore[union-attr]
                                      for f in wrong_inputs):
        return None
    if any(o.wrong_if_swapped for o in observations(record, facts)):
        return None
    return SWAPPED


def explained_by_swap(record: CallRecord | None, facts: FileFacts) -> bool:
    return record is not None and cause(record, facts) == SWAPPED


def fixed_upstream(tensor: Tensor | None, wanted: Size | None, facts: FileFacts) -> bool:
    """Whether the tensor comes from a layer whose sizes are swapped (LC003 reports it) and
    fits `wanted` once they are swapped: the symptom is that layer's, not this one's."""
    if tensor is None or tensor.layer is None or wanted is None:
        return False
    source = next((r for r in facts.calls if r.location == tensor.layer), None)
    if source is None or not explained_by_swap(source, facts):
        return False
    sizes = sizes_of(source)
    swapped = swap(sizes)
    given = produced_if_swapped(tensor, sizes, swapped) if swapped is not None else None
    return given is not None and same(given, wanted)


def contradicting(record: CallRecord, facts: FileFacts) -> list[Observation]:
    """What a swap would break: the observations that fit now and not swapped."""
    return [o for o in observations(record, facts) if o.wrong_if_swapped and not o.wrong]


def first_symptom(feed: Feed, facts: FileFacts) -> bool:
    """Whether `feed` is the first place the layer is fed a wrong input: one finding per
    layer, however many calls show the same cause."""
    assert feed.record is not None
    sizes = sizes_of(feed.record)
    wrong = [f.location for f in feeds_of(feed.record, facts)
             if f.input is not None and differ(f.input.last, sizes.input_size)]
    return not wrong or min(wrong, key=lambda l: (l.line, l.column)) == feed.location


def disagreeing(feed: Feed, facts: FileFacts, new: Size) -> list[Feed]:
    """The other calls of the same layer whose features are known and not `new`: a fix that
    sizes the layer for `new` would break them, so it is offered in words only."""
    return [f for f in facts.feeds if f.layer == feed.layer and f.location != feed.location
            and f.input is not None and f.input.last is not None and not same(f.input.last, new)]


def first_of(feed: Feed, failing: list[Feed]) -> bool:
    """Whether `feed` is the first of the calls that fail the same way: one finding each."""
    places = [f.location for f in failing] + [feed.location]
    return min(places, key=lambda l: (l.line, l.column)) == feed.location


def missing_batch_dim(feed: Feed) -> bool:
    """A 2-D input with batched 3-D states: torch reads the input as one unbatched sequence
    and rejects the states ("For unbatched 2-D input, hx should also be 2-D"). The states say
    a batch was meant, so the input lost a dim; its last dim is then no feature size. (Cells
    unsqueeze a 1-D step and its states alike, so they are left out.)"""
    if feed.record is None or feed.input is None or feed.input.dims is None \
            or sizes_of(feed.record).cell:
        return False
    return len(feed.input.dims) == 2 and any(
        s is not None and s.dims is not None and len(s.dims) == 3 and not _rank_assumed(s)
        for s in feed.states)


def _rank_assumed(state: Tensor) -> bool:
    """A layer's final state whose batch the walk does not know: the layer may have been fed
    an unbatched sequence, which makes it 2-D, so its three dims are an assumption."""
    return state.rank_assumed or \
        state.part in ("h_n", "c_n") and state.dims is not None and state.dims[1] is None


def unbatched_step(feed: Feed) -> bool:
    """A cell fed a 1-D step with batched 2-D states: torch unsqueezes the step and the
    states alike, so (N, H) states become (1, N, H) and fail ("hidden0 has inconsistent
    hidden_size: got N"), whatever N is. A 1-D step with 1-D states is fine."""
    if feed.record is None or feed.input is None or feed.input.dims is None \
            or not sizes_of(feed.record).cell:
        return False
    return len(feed.input.dims) == 1 and any(
        s is not None and s.dims is not None and len(s.dims) == 2 for s in feed.states)


def cut_from(tensor: Tensor) -> Location | None:
    """The line of the tensor a step was cut from (`input[i]` of the `torch.randn(...)` at line
    12), when the flow saw the cut elsewhere: where a tensor one dim short was made."""
    if tensor.made_at is None or tensor.made_at.line == tensor.line:
        return None
    return Location(tensor.line, 1, tensor.line, 1)


def handed_in(tensor: Tensor | None) -> Location | None:
    """Where the last caller handed this very tensor into a function the flow inlined (the
    argument, or the assignment of the name it passed); None when no caller did, when an op
    in the function has made a new tensor of it since, or when the handing is the call that
    makes it (`model(torch.randn(10, 4))`: data, standing in for what a loader gives). The
    function serves every caller: a value wrong for its layer is the caller's to change."""
    if tensor is None or not tensor.handed:
        return None
    last = tensor.handed[-1]
    if last.made_at != tensor.made_at or (last.made_at is not None and last.at.contains(last.made_at)):
        return None
    return last.at


def state_location(state: Tensor) -> Location:
    """Where a state was made: the call's span when the flow knows it, else its line."""
    return state.made_at or Location(state.line, 1, state.line, 1)


# --- the source text of a new size ---------------------------------------------------------

def _spelled(values: list[Value]) -> tuple[dict[str, str], set[str]]:
    """What the call's own arguments show of its scope: named sizes an argument is exactly
    (key -> its text), and the scopes whose names it spells bare (so they are in scope)."""
    names: dict[str, str] = {}
    scopes: set[str] = set()
    for value in values:
        if value.size is None:
            continue
        terms = value.size.terms
        if len(terms) == 1 and terms[0][1] == 1 and len(terms[0][0]) == 1:
            names[terms[0][0][0]] = value.text.strip()
        for key in value.size.keys:
            name, _, scope = key.partition("@")
            if re.search(rf"(?<![.\w]){re.escape(name)}\b", value.text):
                scopes.add(scope)
    return names, scopes


def source_of(size: Size, values: list[Value]) -> str | None:
    """Python source for `size` at a call whose arguments are `values`: a number, k times an
    argument (`2 * hidden_dim`), or names those arguments show are in scope there."""
    if size.value is not None:
        return str(size.value)
    for value in values:
        if value.size is not None and value.size.value is None:
            for k in (1, 2):
                if same(size, Size.number(k) * value.size):
                    return value.text.strip() if k == 1 else f"{k} * {grouped(value.text)}"
    names, scopes = _spelled(values)
    for key in size.keys:
        if key not in names and key.partition("@")[2] in scopes:
            names[key] = key.partition("@")[0]
    parts = []
    for monomial, coefficient in sorted(size.terms, key=lambda t: (-len(t[0]), t[0])):
        if any(key not in names for key in monomial):
            return None
        factors = [grouped(names[key]) if len(monomial) > 1 else names[key] for key in monomial]
        term = " * ".join(factors) if factors else str(abs(coefficient))
        if factors and abs(coefficient) != 1:
            term = f"{abs(coefficient)} * {term}"
        parts.append(("- " if coefficient < 0 else "+ ") + term)
    text = " ".join(parts)
    return text[2:] if text.startswith("+ ") else "-" + text[2:] if text else None


def argument_edit(record: CallRecord, name: str, text: str | None) -> Edit | None:
    """Replace one argument of the call (keyword kept); None when it was not passed or the
    new text is not known."""
    value = record.call.arguments.get(name)
    if value is None or value.location is None or text is None:
        return None
    if not record.location.contains(value.location):
        # given through `**`: the location is the entry's value (`"hidden": 16`, or the
        # `hidden=hidden` a call forwards into **kwargs), where the keyword is already
        # written; a name of the call's scope may mean nothing there: numbers only
        return Edit(value.location, text) if text.isdigit() else None
    return Edit(value.location, f"{name}={text}" if name in record.call.keywords else text)


def argument_location(record: CallRecord, *names: str) -> Location:
    """The span of the named arguments (from the first to the last), else the call's."""
    spans = [v.location for n in names if (v := record.call.arguments.get(n)) is not None
             and v.location is not None]
    if not spans:
        return record.location
    first = min(spans, key=lambda l: (l.line, l.column))
    last = max(spans, key=lambda l: (l.end_line, l.end_column))
    if first.line != last.end_line and len(spans) > 1:
        return first
    return Location(first.line, first.column, last.end_line, last.end_column)


def origin_location(tensor: Tensor) -> Location:
    """Where a tensor's size comes from: the call that made it or the layer it is read from,
    else its line."""
    return tensor.made_at or tensor.layer or Location(tensor.line, 1, tensor.line, 1)


_SIZES = ("input_size", "hidden_size", "proj_size")


def input_size_text(record: CallRecord, features: Size) -> str | None:
    """The new input_size as source. A number the call already passes by name as a size
    written there (`Config.EMBED_DIM` for 100) keeps that name; a parameter's default does
    not count, as callers may pass another value."""
    args = record.call.arguments
    if features.value is not None:
        for name in _SIZES:
            value = args.get(name)
            if value is not None and value.is_int() and value.value == features.value \
                    and not value.text.strip().isdigit() \
                    and not (value.origin and " defaults to " in value.origin):
                return value.text.strip()
    text = source_of(features, list(args.values()))
    written = args.get("input_size")
    if text is not None and text.strip().isdigit() and written is not None \
            and not written.text.strip().isdigit():
        # the code names its sizes, and the number may be only what one site or default makes
        # of them: where a named size of the call gives it (itself, or twice it), write that
        return _in_names(features.value, args) or text
    return text


def _in_names(number: int | None, args: dict) -> str | None:
    """`2 * h` for 40 when the call passes `h` (=20) as a size; None when no name gives it."""
    for name in _SIZES:
        value = args.get(name)
        if number is None or value is None or not value.is_int() or value.text.strip().isdigit():
            continue
        if value.value == number:
            return value.text.strip()
        if 2 * value.value == number:
            return f"2 * {grouped(value.text.strip())}"
    return None


def lines_text(locations: list[Location]) -> str:
    """`line 6`, `lines 6 and 7`, `lines 6, 7 and 9`."""
    numbers = [str(n) for n in dict.fromkeys(l.line for l in locations)]
    if len(numbers) == 1:
        return f"line {numbers[0]}"
    return f"lines {', '.join(numbers[:-1])} and {numbers[-1]}"


# --- blame: the line a user changes ----------------------------------------------------------
#
# A finding has two sides: what the layer is built to take and what it is given. Torch fails
# where they meet, but the user changes one of them, often far from there. The policy, each
# principle tested on plain records (tests/test_blame.py); the other side always stays in view
# as a note, and where no principle decides, the finding keeps its place:
#
# 1. A wrong number is fixed where it is written. A size bound from elsewhere (a site's
#    argument `Encoder(hidden=256)`, a config entry, an argparse `default=`: `Value.origin_at`)
#    is reported there when the size it needs is another number, not the same names in another
#    formula (`2 * hidden` after a bidirectional layer is fixed at the use). A value that is
#    right in itself and wrong only where it is used (dropout on one layer, a 0/1 option as a
#    flag) stays at the use: LC005 and LC006 do not move.
# 2. A default nobody passed loses to what the author wrote: a layer left at one layer under
#    the explicit two of the layer whose state it takes, and the other way round. (Not
#    batch_first: states made with the input's first dim as the batch for a layer built
#    without it are as often a seq-first model with a tutorial's state (realbugs 030, 034) as a
#    batch-first model that forgot the flag (003); the records cannot tell them apart.)
# 3. A final state handed on is right for the layer that made it (its own input checked it):
#    the layer it is handed to is sized to take it, unless (2) says the maker's size is the
#    default nobody chose. A state of other directions is no sizing mistake: a bidirectional
#    maker's keeps its place; a one-way maker's for a bidirectional layer goes where it is
#    handed over (`fix_sites.directions_to_merge`), and so does one whose size is one of two
#    parameters one call sets for the two layers (`separate_knobs`).
# 4. One cause, one finding: the same state judged in two walks of the same call (two
#    configurations, a method walked on its own and inlined) is reported once.


@dataclass(frozen=True)
class Blame:
    """Where a finding goes instead of its default place, the notes that keep the other side in
    view, why (for the message), and the fix in words."""

    location: Location
    notes: tuple[tuple[Location, str], ...]
    reason: str
    fix: str
    edits: tuple[Edit, ...] = ()  # only ones that change the span at `location`


def unpassed_default(value: Value | None) -> bool:
    """A value nobody chose: the argument is not passed, or it is a parameter's default that
    no site passes (an argparse `default=` is written by the author: not one of these)."""
    if value is None or value.defaulted is not None:
        return True
    # a default a configuration assumes, or one a name is bound to (`layers = self.n_layers`)
    return bool(_DEFAULT_ORIGIN.search(value.origin or ""))


_DEFAULT_ORIGIN = re.compile(r" defaults to .* in \w+\(\)$")


def site_blame(record: CallRecord, name: str, new: Size, reason: str,
               notes: tuple[tuple[Location, str], ...]) -> Blame | None:
    """A default no site passes, where the call that builds its class without passing it is
    written (`Decoder(16)`): that call is what to change, by passing the parameter; None when
    the argument is no such default or the site is not known."""
    value = record.call.arguments.get(name)
    if value is None or value.defaulted is None or value.site_at is None:
        return None
    use = (argument_location(record, name),
           f"nn.{record.constructor} gets {_use(record, name)} here, the default of "
           f"{value.defaulted}")
    return Blame(value.site_at, notes + (use,), reason,
                 f"pass {value.defaulted}={new} in the call at line {value.site_at.line}, "
                 "which leaves it at its default")


def written_at(value: Value | None) -> Location | None:
    """Where the number behind a value is written when that is not the argument itself."""
    return None if value is None else value.origin_at


def named_formula(new: Size, record: CallRecord) -> bool:
    """Whether `new` is a named size the call passes, or twice one: then the formula at the use
    is what to change, not a number written elsewhere."""
    for value in record.call.arguments.values():
        if value.size is None or value.size.value is not None:
            continue
        if any(same(new, Size.number(k) * value.size) for k in (1, 2)):
            return True
    return False


def number_site(record: CallRecord, name: str, new: Size | None) -> Location | None:
    """Principle 1: where to fix argument `name` of the call, which must become `new`: where
    its number is written when that is elsewhere and the fix is another number; else None (the
    argument itself)."""
    value = record.call.arguments.get(name)
    site = written_at(value)
    if site is None or value is None or not value.is_int() or new is None:
        return None
    if unpassed_default(value):
        return None  # a default no site passes is fixed by passing it, not by the def's default
    if new.value is None or named_formula(new, record):
        return None  # a name cannot be written where a number is; a formula is fixed at the use
    if _CONSTANT.fullmatch(value.text.strip()):
        return None  # the author named a constant here, shared by design: change the name used
    if not _IDENTIFIER.fullmatch(value.text.strip()) or len(new.written) != 1 or site in new.written:
        # `2 * embed_size` is fixed at the use; so is a size not made from exactly one other
        # literal: 16 features from cat((x, ctx)) of two of the site's 8s would move with the
        # number, and a concatenation of two sizes wants the sum at the use, not a new number
        # for one of its parts
        return None
    if _written_in_the_same_site(value, site, new):
        # `Tagger(20, 4, 6)` with nn.LSTM(hidden, hidden) fed the embedding's 4: both numbers
        # are the model's own parameters, and the layer uses the wrong one: fixed at the use
        return None
    return site


def _written_in_the_same_site(value: Value, site: Location, new: Size) -> bool:
    """Whether the number needed is written beside the wrong one: on its line, or among the
    arguments of the site that writes it (from the site's first line to the wrong number's)."""
    first = value.site_at.line if value.site_at is not None else site.line
    return any(first <= w.line <= site.line for w in new.written)


_IDENTIFIER = re.compile(r"[A-Za-z_][\w.]*")
_CONSTANT = re.compile(r"(?:\w+\.)*[A-Z][A-Z0-9_]*")  # N_FEATURES, config.HIDDEN


def _use(record: CallRecord, name: str) -> str:
    """`num_layers=n_layers (2)`: the argument as written, with its value when it is a name."""
    value = record.call.arguments.get(name)
    if value is None:
        return name
    text = value.text.strip()
    known = f" ({value.value!r})" if value.known and text != repr(value.value) else ""
    return f"{name}={text}{known}"


def number_blame(record: CallRecord, name: str, new: Size) -> Blame | None:
    """Principle 1 as a whole: the finding at the number behind argument `name`, a note at the
    argument, and the fix there; None when the argument itself is what to change."""
    site = number_site(record, name, new)
    value = record.call.arguments.get(name)
    if site is None or value is None:
        return None
    layer = f"nn.{record.constructor} at line {record.location.line}"
    edit = number_edit(record, name, new)
    note = (argument_location(record, name), f"nn.{record.constructor} gets {_use(record, name)} here")
    return Blame(site, (note,), f"the {value.value!r} is written here",
                 f"write {new} here for the {name} of {layer}", (edit,) if edit is not None else ())


def formula_blame(record: CallRecord, name: str, new: Size) -> Blame | None:
    """Principle 1 for a formula: argument `name` is a name bound to an expression of several
    numbers written elsewhere (`input_size = emb + dec_hidden`), and the size needed is made
    from some of the same numbers and others (emb + enc_hidden): the formula mixes up a term,
    and is fixed where it is written, with a note at the argument. Not when the needed size
    shares nothing with it (another quantity: the use picks the wrong name) or all of it."""
    value = record.call.arguments.get(name)
    if value is None or value.bound_at is None or value.size is None or not value.is_int() \
            or not _IDENTIFIER.fullmatch(value.text.strip()) or new.value is None:
        return None
    theirs, ours = set(new.written), set(value.size.written)
    if len(ours) < 2 or not theirs & ours or not theirs - ours or theirs == ours:
        return None
    if record.location.contains(value.bound_at):
        return None
    note = (argument_location(record, name), f"nn.{record.constructor} gets {_use(record, name)} here")
    return Blame(value.bound_at, (note,), f"{value.text.strip()} is computed here",
                 f"make the formula give {new} for the {name} of nn.{record.constructor} at "
                 f"line {record.location.line}")


def number_edit(record: CallRecord, name: str, new: Size) -> Edit | None:
    """The edit at the number behind argument `name` when its span is the literal itself (a
    wider span, `hidden=256` or a dict entry, is left to words)."""
    value = record.call.arguments.get(name)
    site = written_at(value)
    if site is None or value is None or new.value is None or site.line != site.end_line \
            or site.end_column - site.column != len(repr(value.value)):
        return None
    return Edit(site, str(new.value))


def _argument_blame(record: CallRecord, name: str, new: Size, reason: str,
                    notes: list[tuple[Location, str]]) -> Blame:
    """The finding at argument `name` of the layer (at the number behind it, principle 1, with
    a note at the argument), or at the call when it is not passed."""
    layer = f"nn.{record.constructor}"
    site = site_blame(record, name, new, reason, tuple(notes))
    if site is not None:
        return site
    written = number_blame(record, name, new) or formula_blame(record, name, new)
    if written is not None:
        return Blame(written.location, tuple(notes) + written.notes, reason, written.fix,
                     written.edits)
    value = record.call.arguments.get(name)
    if value is None:
        return Blame(record.location, tuple(notes), reason, f"build {layer} with {name}={new}")
    # a number written in the call is replaced; a name may serve elsewhere: words
    edit = argument_edit(record, name, str(new.value)) \
        if new.value is not None and value.text.strip().isdigit() else None
    return Blame(argument_location(record, name), tuple(notes), reason,
                 f"build {layer} with {name}={new}", (edit,) if edit is not None else ())


def blame_state(feed: Feed, state: Tensor, name: str, expected: tuple,
                facts: FileFacts) -> Blame | None:
    """Principles 2 and 3 for a state of the wrong shape: the layer's side when it is what to
    change (the state then becomes a note), else None (the state is fixed where it is made)."""
    record = feed.record
    dims = state.dims
    if record is None or dims is None or len(dims) != 3 or len(expected) != 3:
        return None
    sizes = sizes_of(record)
    if sizes.cell:
        return None
    wrong = [i for i in range(3) if differ(dims[i], expected[i])]
    if state.layer is None and state.part is None and wrong in ([0], [2]):
        return _default_kept(feed, state, name, wrong[0])
    if state.layer is None or state.layer == record.location or state.part not in ("h_n", "c_n"):
        return None
    maker = next((r for r in facts.calls if r.location == state.layer), None)
    if maker is None or wrong not in ([0], [2]) or any(dims[i] is None for i in (0, 2)):
        return None
    return _handed_on(feed, state, name, maker, wrong[0])


def arranged_input(feed: Feed, state: Tensor) -> Location | None:
    """Where the input's layout is decided, when that is the mistake: the state takes as its
    batch the very number (the same literal) that the input has in its time dim, and the
    input's batch dim is a number written in the view or reshape that makes it, at the call
    (`x.view(1, batch_len, F)` under batch_first=True). The state and the input then agree on
    the batch and the view put it in the wrong place. Data made elsewhere (a loader's batch,
    another literal) leaves the state to fix."""
    record, tensor = feed.record, feed.input
    if record is None or tensor is None or tensor.dims is None or len(tensor.dims) != 3 \
            or state.dims is None or len(state.dims) != 3 or tensor.made_at is None:
        return None
    sizes = sizes_of(record)
    if sizes.cell or sizes.batch_first is None:
        return None
    batch, time = (0, 1) if sizes.batch_first else (1, 0)
    given, theirs, ours = state.dims[1], tensor.dims[time], tensor.dims[batch]
    if given is None or theirs is None or ours is None or not given.written \
            or set(given.written) != set(theirs.written) or not same(given, theirs) \
            or not differ(given, ours):
        return None
    if not ours.written or not all(tensor.made_at.contains(w) for w in ours.written) \
            or not feed.location.contains(tensor.made_at):
        return None  # the batch dim is not the view's own number, or the view is elsewhere
    return tensor.made_at


def _default_kept(feed: Feed, state: Tensor, name: str, dim: int) -> Blame | None:
    """Principle 2 for a state the code makes (`torch.zeros(1, B, self.hidden)`): its size comes
    from a number the author wrote elsewhere (a site's argument, a config entry, a constant),
    while the layer keeps a default that the call building its class does not pass: that call
    is what to change. A number written in the state's own call may be a tutorial's, copied:
    then the state keeps the finding."""
    record = feed.record
    assert record is not None and state.dims is not None
    sizes = sizes_of(record)
    size = state.dims[dim]
    if size is None or size.value is None or not size.written or state.made_at is None \
            or any(state.made_at.contains(w) for w in size.written):
        return None
    if dim == 2:
        if not same(sizes.h_out, sizes.hidden_size):
            return None  # proj_size in play: which size is meant is not one number
        param, new = "hidden_size", size
    else:
        directions = sizes.directions.value if sizes.directions is not None else None
        if not isinstance(directions, int) or directions < 1 or size.value % directions:
            return None
        param, new = "num_layers", Size.number(size.value // directions)
    value = record.call.arguments.get(param)
    if value is None or value.origin_at in size.written:
        return None  # the state is made from that very default
    layer = f"nn.{record.constructor} at line {record.location.line}"
    lines = lines_text(list(size.written))
    made = (state_location(state), f"{name} {'are' if ' and ' in name else 'is'} made here, "
                                   f"with {size} written at {lines}")
    return site_blame(record, param, new,
                      f"{layer} keeps {_default(record, param)}, while the state is made with "
                      f"the {size} written at {lines}", (made,))


def _handed_on(feed: Feed, state: Tensor, name: str, maker: CallRecord, dim: int) -> Blame | None:
    """Principle 3 (and 2): another layer's final state fed to this one, wrong in its first or
    last dim: which layer's size to change."""
    record = feed.record
    assert record is not None and state.dims is not None
    ours, theirs = sizes_of(record), sizes_of(maker)
    unit = theirs.hidden_size if state.part == "c_n" else theirs.h_out
    if theirs.cell or not same(state.dims[0], theirs.layers_times_directions) \
            or not same(state.dims[2], unit):
        return None  # not the maker's whole final state (`h_n[-2:]`): cut as the author chose
    if dim == 0:
        if ours.directions is None or theirs.directions is None \
                or not same(ours.directions, theirs.directions):
            return None  # directions to merge where the state is handed over, not a size
        param = "num_layers"
        if ours.directions.value is None:
            return None
        new_ours = theirs.num_layers
        new_theirs = ours.num_layers
    else:
        param = "hidden_size"
        if not same(ours.h_out, ours.hidden_size) or not same(theirs.h_out, theirs.hidden_size):
            return None  # proj_size in play: which size is meant is not one number
        new_ours, new_theirs = state.dims[2], ours.hidden_size
    if new_ours is None or new_theirs is None:
        return None
    layer = f"nn.{record.constructor} at line {record.location.line}"
    other = f"nn.{maker.constructor} at line {maker.location.line}"
    made = (state_location(state),
            f"{name} {'are' if ' and ' in name else 'is'} made here: {state.origin}")
    mine, its = record.call.arguments.get(param), maker.call.arguments.get(param)
    if separate_knobs(mine, its):
        notes = [made, (argument_location(maker, param),
                        f"nn.{maker.constructor} gets {_use(maker, param)} here"),
                 (argument_location(record, param),
                  f"nn.{record.constructor} gets {_use(record, param)} here")]
        return Blame(feed.location, tuple(notes),
                     f"{_use(maker, param)} and {_use(record, param)} are two parameters one "
                     f"call sets (line {its.site_at.line}), which the class lets differ: adapt "  # type: ignore[union-attr]
                     f"the state where it is handed over",
                     f"adapt the state to the {param} of nn.{record.constructor} at line "
                     f"{record.location.line} where it is handed over (or build both layers "
                     f"from one parameter)")
    if unpassed_default(its) and not unpassed_default(mine):
        given = (argument_location(record, param),
                 f"nn.{record.constructor} gets {_use(record, param)} here")
        return _argument_blame(
            maker, param, new_theirs,
            f"{other}, which makes it, keeps {_default(maker, param)}, while {layer} is given "
            f"{_use(record, param)}", [made, given])
    if unpassed_default(mine) and not unpassed_default(its):
        reason = (f"{layer} keeps {_default(record, param)}, while {other}, which makes the "
                  f"state, is given {_use(maker, param)}")
    else:
        reason = (f"it is the final state of {other}, right for the layer that made it: size "
                  f"{layer} to take it")
    return _argument_blame(record, param, new_ours, reason,
                           [made, (argument_location(maker, param),
                                   f"nn.{maker.constructor} gets {_use(maker, param)} here")])


def _default(record: CallRecord, name: str) -> str:
    """`the default num_layers=1 nobody passed`, naming the argument when the call passes a
    parameter's default on (`n_layers`, 1 where no site passes it)."""
    value = record.call.arguments.get(name)
    if value is None:
        return f"the default {name} nobody passed"
    return f"{_use(record, name)}, a default no site passes"


def separate_knobs(mine: Value | None, its: Value | None) -> bool:
    """Principle 3: the two layers' sizes are two parameters of one class, set by the one call
    that builds it (`encoder_layers`, `decoder_layers`): the class lets them differ, so no
    value of either fixes it for every caller; the state is adapted where it is handed over."""
    if mine is None or its is None or mine.site_at is None or mine.site_at != its.site_at \
            or mine.defaulted is not None or its.defaulted is not None:
        return False
    texts = mine.text.strip(), its.text.strip()
    return texts[0] != texts[1] and all(passed_by_name(t) for t in texts)


def passed_by_name(text: str) -> bool:
    """An argument written as a name that is not a constant's (`hidden`, `self.p`, not
    `HIDDEN` or `hidden / 2`): a value passed on from where it is chosen."""
    return bool(_IDENTIFIER.fullmatch(text)) and not _CONSTANT.fullmatch(text)
