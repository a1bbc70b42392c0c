"""Where a finding goes when the value that disagrees was chosen away from the layer's call
(docs/findings.md, "The policy"): a value torch rejects written once elsewhere, a width a
Linear makes, the final state of a layer of other directions; and the notes that keep the
other place in view where real fixes go either way (a flag's 1, a dropout's pair). The rules
ask here; the principles that move a size are in `diagnose`."""

from __future__ import annotations

from lstmcheck.lint.diagnose import _DEFAULT_ORIGIN, Blame, _use, handed_in, passed_by_name
from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.records import CallRecord, Feed, FileFacts, Location, Tensor, Value
from lstmcheck.sizes import differ, same


def directions_to_merge(feed: Feed, state: Tensor, facts: FileFacts) -> CallRecord | None:
    """Principle 3: a one-way layer's whole final state fed to a bidirectional layer (an
    encoder's h_n to a bidirectional decoder). Both layers are right as built, and the maker
    has no reverse direction to give: the missing one is made where the state is handed over
    (realbugs 143), so the call that hands it over is what changes. (A bidirectional maker's
    state for a one-way layer is merged where it is made as often as where it is handed over,
    and keeps its place.) The maker, else None (a caller hands it in: principle 5)."""
    record = feed.record
    if record is None or state.part not in ("h_n", "c_n") or state.layer is None \
            or state.layer == record.location or state.dims is None or len(state.dims) != 3:
        return None
    maker = _maker(state, facts)
    if maker is None or handed_in(state) is not None:
        return None
    ours, theirs = sizes_of(record), sizes_of(maker)
    if ours.cell or theirs.cell or ours.directions is None or theirs.directions is None \
            or ours.directions.value != 2 or theirs.directions.value != 1 \
            or not same(state.dims[0], theirs.layers_times_directions):
        return None
    return maker

def rejected_where_written(record: CallRecord, name: str) -> Blame | None:
    """Principle 1 for a value torch rejects whatever layer it is given to (a bool dropout, a
    negative size): written once elsewhere (a parameter's default a site leaves, a site's
    argument, a config entry), it is fixed there, with a note at the argument that passes it.
    Not a default no site builds (often a placeholder every caller replaces), nor an argparse
    option's default (the option and the use are both fixed in real code: the rule notes the
    option), nor an expression or a constant's name in the call (principle 1). Not a flag either: a 0/1 given as
    `bidirectional` is right as a number, and real fixes go to the use (`bool(...)`) as often
    as to where it is written (realbugs 025 and 057 cannot be told apart): `flag_written`."""
    value = record.call.arguments.get(name)
    if name in FLAGS or not _written_elsewhere(record, value) \
            or value.bound_at is not None or value.location is None:  # type: ignore[union-attr]
        return None  # `half = hidden / 2`: computed, not written; the number behind it is fine
    if value.site_at is None and _DEFAULT_ORIGIN.search(value.origin or ""):
        return None
    if "parse_args list" in (value.origin or ""):
        return None  # an option's value given by a list of arguments: an option, like the above
    if not passed_by_name(value.text.strip()):
        return None  # an expression (`hidden / 2`) is fixed where it computes; a constant is shared
    notes = [(value.location, f"nn.{record.constructor} gets {_use(record, name)} here")]
    if value.defaulted is not None and value.site_at is not None:
        notes.append((value.site_at, f"the call here leaves {value.defaulted} at its default"))
    return Blame(value.origin_at, tuple(notes), f"the {value.value!r} is written here",
                 f"write a valid {name} here")

FLAGS = ("bidirectional", "batch_first", "bias")


def flag_written(record: CallRecord, name: str) -> tuple[Location, str] | None:
    """A note where a flag's value is written when that is elsewhere (a site's argument, a
    config entry): the finding stays at the use, where `bool(...)` fixes it, and the user sees
    the other place to fix. (An argparse option has its own note.)"""
    value = record.call.arguments.get(name)
    if name not in FLAGS or not _written_elsewhere(record, value):
        return None
    return value.origin_at, f"the {value.value!r} is written here"  # type: ignore[union-attr,return-value]

def chosen_together(record: CallRecord, first: str, second: str) -> tuple[Location, Location] | None:
    """Two values right in themselves and wrong together (a dropout with one layer) that the
    layer's call passes on by name from one site that writes both elsewhere (`dropout_rate =
    0.8` and `num_layers = 1` in the script): where `first` and `second` are written, for notes.
    Real fixes go to the call (`0 if layers == 1 else dropout`) as often as to where the pair
    is written, so the finding stays at the use (principle 1). None when either is written in
    the call, is a default no site passes, an argparse option, a constant's name or an
    expression."""
    values = [record.call.arguments.get(first), record.call.arguments.get(second)]
    places = []
    for value in values:
        if not _written_elsewhere(record, value) or value.site_at is None \
                or value.defaulted is not None:  # type: ignore[union-attr]
            return None
        if not passed_by_name(value.text.strip()):
            return None
        places.append(value.origin_at)
    if values[0].site_at != values[1].site_at:  # type: ignore[union-attr]
        return None
    return places[0], places[1]

def sizing_head(at: Location, feed: Feed, facts: FileFacts) -> Feed | None:
    """Principle 1 for features a Linear made (`h = self.bridge(z)`, then shaped into a
    state): their number is the Linear's out_features, written in its constructor, which is
    what changes. The Linear applied at `at` (one constructor, in the configuration of
    `feed` when several are walked), else None."""
    heads = [f for f in facts.feeds if f.kind == "Linear" and f.location == at]
    if len({h.layer for h in heads}) > 1:
        heads = [h for h in heads if h.when == feed.when]
    return heads[0] if heads and len({h.layer for h in heads}) == 1 else None


def directions_written(feed: Feed, state: Tensor, facts: FileFacts) -> tuple[Location, str] | None:
    """A note at the maker's `bidirectional=` when its final state reaches a layer of other
    directions: real fixes merge the directions where the state is handed over as often as
    they build the maker one-way (realbugs 185), so the finding stays and this is in view."""
    record = feed.record
    if record is None or state.layer is None or state.part not in ("h_n", "c_n"):
        return None
    maker = _maker(state, facts)
    value = maker.call.arguments.get("bidirectional") if maker is not None else None
    if maker is None or value is None or value.location is None:
        return None
    ours, theirs = sizes_of(record), sizes_of(maker)
    if ours.directions is None or theirs.directions is None \
            or not differ(ours.directions, theirs.directions):
        return None
    return value.location, (f"nn.{maker.constructor} is built with "
                            f"bidirectional={value.text.strip()} here")


def _maker(state: Tensor, facts: FileFacts) -> CallRecord | None:
    """The record of the layer whose result `state` is."""
    return next((r for r in facts.calls if r.location == state.layer), None)


def _written_elsewhere(record: CallRecord, value: Value | None) -> bool:
    """Whether the argument's value is written away from the call, and not as an argparse
    option's default (the rule notes the option itself)."""
    return value is not None and value.origin_at is not None and value.option is None \
        and not record.location.contains(value.origin_at)
