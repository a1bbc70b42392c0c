"""Sizes equal only by coincidence: a warning naming the condition the code works under.

`nn.GRU(2 * embed_size, ...)` fed `cat((embedded, context))` of `embed_size + num_hiddens`
features runs while num_hiddens == embed_size, and crashes the day someone changes one of them.
The flow sees two equal numbers (or two sizes in different names that neither certainly agree
nor certainly differ); what tells a coincidence from a size computed from the other is where
the numbers come from: `Size.written`, the literals each side is made from. Two sides made
from different literals of named sources (a parameter, a config entry, a constant), with no
literal of the code itself deciding it, agree only because someone gave two knobs the same
value.

Reported at the size made from the wrong source (the layer's size argument for an input, the
state handed over, the head's in_features), as a warning with no torch outcome: torch runs the
configuration the file builds, and --verify cannot refute or confirm what only another value
would break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lstmcheck.lint.diagnose import argument_location, state_location, state_wants
from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.ties import knob
from lstmcheck.records import CallRecord, Feed, FileFacts, Location, Tensor, Value
from lstmcheck.sizes import Size, differ, same

# a parameter of a constructor: the named sizes a configuration chooses, not the data's
_PARAMETER = re.compile(r"[A-Za-z_]\w*@[\w.]*__init__(:\d+)?")
# a name a user gave a size: `num_hiddens`, `self.hidden`, `cfg.dim`, `config["dim_trg"]`
_NAMED = re.compile(r"[A-Za-z_][\w.]*(\[['\"]\w+['\"]\])*")


@dataclass(frozen=True)
class Coincidence:
    """Two sizes that agree only while two named sources have the same value."""

    condition: str  # "num_hiddens == embed_size"
    value: int | None  # the number both are here, when known
    given: Size
    wanted: Size
    # where each knob's number is written, with its name (numbers only; names have none)
    knobs: tuple[tuple[str, Location], ...] = ()


def judged(given: Size | None, wanted: Size | None, facts: FileFacts,
           code: tuple[Location, ...]) -> Coincidence | None:
    """The coincidence between what a layer is given and what it wants, or None. `code`: the
    spans of the code that uses the sizes (the layer's call, where the tensor is made), whose
    own literals (`2 * embed_size`) are the author's formula, not a knob."""
    if given is None or wanted is None:
        return None
    if same(given, wanted):
        found = _numbers(given, wanted, facts, code)
    elif differ(given, wanted) or given.value is not None or wanted.value is not None:
        return None
    else:
        found = _names(given, wanted, facts)
    return None if found is None or _tied(found, facts) else found


def _tied(found: Coincidence, facts: FileFacts) -> bool:
    """The file compares the two knobs itself (an assert, a raise, a bridge only when they
    differ): their agreement is checked or handled, not a coincidence."""
    sides = found.condition.split(" == ")
    if len(sides) != 2:
        return False
    a, b = knob(sides[0]), knob(sides[1])
    return a is not None and b is not None and tuple(sorted((a, b))) in facts.compared


def _names(given: Size, wanted: Size, facts: FileFacts) -> Coincidence | None:
    """Sizes in constructor parameters that are equal when two distinct parameters are:
    `embed_size + num_hiddens` and `2 * embed_size`."""
    diff = given - wanted
    if not diff.terms or any(len(m) != 1 or not _PARAMETER.fullmatch(m[0]) for m, _ in diff.terms):
        return None
    if sum(c for _, c in diff.terms) != 0:
        return None
    if len({m[0].split("@", 1)[1] for m, _ in diff.terms}) != 1:
        # parameters of two classes: one class often builds the other with its own
        # (`Attention(hidden_size)` binds `dim`), which names alone do not show
        return None
    left = " + ".join(_term(m[0], c) for m, c in diff.terms if c > 0)
    right = " + ".join(_term(m[0], -c) for m, c in diff.terms if c < 0)
    defaults = {key: value for key, value, _ in facts.defaults}
    a, b = given.evaluate(defaults), wanted.evaluate(defaults)
    if a is not None and b is not None and a != b:
        return None  # the defaults already differ: the rules' warning by default says it
    return Coincidence(f"{left} == {right}", a if a is not None and a == b else None,
                       given, wanted)


def _term(key: str, coefficient: int) -> str:
    name = key.split("@", 1)[0]
    return name if coefficient == 1 else f"{coefficient} * {name}"


def _numbers(given: Size, wanted: Size, facts: FileFacts,
             code: tuple[Location, ...]) -> Coincidence | None:
    """Two equal numbers made from different literals of named sources."""
    if given.value is None or given.value < 2:
        return None
    ours, theirs = _sources(given, code), _sources(wanted, code)
    if not ours or not theirs or set(ours) == set(theirs):
        return None
    names = _names_written(facts)
    only_ours = [w for w in ours if w not in theirs] or ours
    only_theirs = [w for w in theirs if w not in ours] or theirs
    left = [names.get(w) for w in only_ours]
    right = [names.get(w) for w in only_theirs]
    if None in left or None in right:
        return None  # a number not known to be a named knob: a literal copied, not a coincidence
    left_knobs, right_knobs = set(left), set(right)
    if len(left_knobs) != 1 or len(right_knobs) != 1:
        return None  # one knob against one: anything more is a formula, not a coincidence
    (ours_name, ours_value), = left_knobs  # type: ignore[misc]
    (theirs_name, theirs_value), = right_knobs  # type: ignore[misc]
    if ours_name == theirs_name:
        return None
    if ours_value != theirs_value:
        return None  # `hidden * 2` against `hidden * is_bidir`: a formula, not two equal knobs
    return Coincidence(f"{ours_name} == {theirs_name}", ours_value, given, wanted,
                       ((ours_name, only_ours[0]), (theirs_name, only_theirs[0])))


def _sources(size: Size, code: tuple[Location, ...]) -> list[Location]:
    """The literals a number is made from, less those written in the code that uses it."""
    return [w for w in size.written if isinstance(w, Location)
            and not any(span.contains(w) for span in code)]


def _names_written(facts: FileFacts) -> dict[Location, tuple[str, int]]:
    """The name and value each literal is given where the file passes it to a layer: the
    argument's text (`num_hiddens`, `self.hidden`, `cfg["dim"]`) of a value made from that one
    literal alone."""
    out: dict[Location, tuple[str, int]] = {}
    for record in facts.calls:
        for value in record.call.arguments.values():
            name = _name_of(value)
            if name is None or value.size is None or value.origin_at is None:
                continue
            out.setdefault(value.origin_at, (name, value.size.value))
    return out


def _name_of(value: Value) -> str | None:
    text = value.text.strip()
    if not _NAMED.fullmatch(text) or text in ("True", "False", "None"):
        return None
    if value.size is None or value.size.value is None or len(value.size.written) != 1:
        return None
    return text[5:] if text.startswith("self.") else text


# --- what meets the layer -------------------------------------------------------------------

@dataclass(frozen=True)
class Met:
    """One coincidence where a feed meets its layer: what, where to fix it, and the note."""

    subject: str  # "the input has 128 features (.unsqueeze(...) at line 25)"
    coincidence: Coincidence
    location: Location
    what: str  # "nn.GRU at line 19 is built for input_size=2 * embed_size"
    fix: str


def states_met(feed: Feed, facts: FileFacts) -> list[Met]:
    """States handed to a recurrent layer whose last dim agrees with the layer only by
    coincidence: the state is what to fix (made from the wrong source)."""
    record = feed.record
    if record is None or not feed.states:
        return []
    sizes = sizes_of(record)
    names = ("h", "c") if sizes.cell else ("h_0", "c_0")
    out = []
    for index, state in enumerate(feed.states):
        if state is None or not state.dims or state.layer == record.location:
            continue
        wanted = state_wants(sizes, index)
        argument = "hidden_size" if index == 1 or sizes.cell or same(sizes.h_out, sizes.hidden_size) \
            else "proj_size"
        code = _code(record, state)
        found = judged(state.dims[-1], wanted, facts, code)
        if found is None:
            continue
        name = names[index] if index < 2 else "the state"
        out.append(Met(f"{name} has {state.dims[-1]} features ({state.origin})", found,
                       state_location(state),
                       f"nn.{record.constructor} at line {record.location.line} is built for "
                       f"{_use(record, argument)}",
                       f"make {name} from the size the layer is built with (a bridge, e.g. a "
                       f"Linear to its {argument}), not from another knob of the same value"))
    return out


def input_met(feed: Feed, facts: FileFacts) -> list[Met]:
    """An input whose features agree with the layer's input_size only by coincidence: the
    layer's size argument is what to fix (the data is what the code computes)."""
    record, tensor = feed.record, feed.input
    if record is None or tensor is None:
        return []
    if tensor.made_at is not None and tensor.made_at.line > feed.location.line \
            and tensor.last is not None and tensor.last.value is None:
        # sized by parameters and made below the feed: an earlier call's output (a stack of
        # modules built alike, `Sequential(Block(512, nh, nh), Block(nh, nh, n))`), whose
        # parameters are that instance's, not this one's: no coincidence can be told by names
        return []
    sizes = sizes_of(record)
    found = judged(tensor.last, sizes.input_size, facts, _code(record, tensor))
    if found is None:
        return []
    view = _shaped_at(tensor)
    fix = ("write the viewed tensor's own size in the view" if view is not None else
           "size input_size from what the input is made of")
    return [Met(f"the input has {tensor.last} features ({tensor.origin})", found,
                view or argument_location(record, "input_size"),
                f"nn.{record.constructor} at line {record.location.line} is built for "
                f"{_use(record, 'input_size')}", fix + ", not another knob of the same value")]


def head_met(feed: Feed, facts: FileFacts) -> list[Met]:
    """A head reading a recurrent result whose in_features agree only by coincidence."""
    tensor = feed.input
    if feed.record is not None or tensor is None or tensor.layer is None \
            or feed.in_features is None:
        return []
    found = judged(tensor.last, feed.in_features, facts,
                   tuple(s for s in (feed.layer, tensor.made_at) if s is not None))
    if found is None:
        return []
    return [Met(f"{tensor.origin} has {tensor.last} features", found, feed.layer,
                f"nn.{feed.kind} at line {feed.layer.line} reads it, built for "
                f"in_features={feed.in_features}",
                "size the head from the layer it reads, not from another knob of the same value")]


# views whose result has the feature size their arguments write: the size there is a choice
# (a factory's `torch.randn(5, 3, F)` stands for the data, which is what it is)
_SHAPING = (".view(", ".reshape(")


def _shaped_at(tensor: Tensor) -> Location | None:
    """The call that writes the input's feature size (`emb.view(-1, 1, self.nhid)`): when the
    size is written there, it is the use of the other knob, and the layer is right."""
    if tensor.made_at is None or not tensor.origin.startswith(_SHAPING):
        return None
    return tensor.made_at


def _code(record: CallRecord, tensor: Tensor) -> tuple[Location, ...]:
    return tuple(s for s in (record.location, tensor.made_at) if s is not None)


def _use(record: CallRecord, name: str) -> str:
    value = record.call.arguments.get(name)
    return name if value is None else f"{name}={value.text.strip()}"


def wording(met: Met) -> str:
    """"works only while num_hiddens == embed_size (both 64 here)"."""
    both = f" (both {met.coincidence.value} here)" if met.coincidence.value is not None else ""
    return f"works only while {met.coincidence.condition}{both}"


def findings(rule, feed: Feed, facts: FileFacts, met_by):
    """One warning per coincidence, at the size made from the wrong source; its `call` is the
    fix's span, so --verify leaves it unverifiable rather than running a configuration that
    works. `met_by` is one of the `*_met` functions; a twin walk of the same call (another
    configuration) that met the same coincidence first says it."""
    from dataclasses import replace

    from lstmcheck.records import Fix, Related

    found = met_by(feed, facts)
    if not found:
        return
    earlier = set()
    for other in facts.feeds:
        if other is feed:
            break
        if other.location == feed.location and other.layer == feed.layer:
            earlier.update(m.location for m in met_by(other, facts))
    for met in found:
        if met.location in earlier:
            continue
        c = met.coincidence
        related = [Related(feed.path, feed.location, "tensors meet here")]
        for name, where in c.knobs:
            if not met.location.contains(where):
                related.append(Related(feed.path, where, f"{name} is {c.value} here"))
        message = f"{met.subject} and {met.what}: equal only by coincidence, {wording(met)}"
        finding = rule.feed_finding(feed, message, location=met.location, related=tuple(related),
                                    fix=Fix(met.fix, safe=False))
        yield replace(finding, severity="warning", call=met.location)
