"""The shared vocabulary: plain, frozen records that every part of lstmcheck passes around.

Nothing here knows about files, libcst, torch or the terminal. Every record is picklable and
turns into JSON through `dataclasses.asdict`, so that a process pool or a cache can come later
without touching a rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from lstmcheck.sizes import Size

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Location:
    """A 1-based span in a source file (columns count characters, 1-based as editors show)."""

    line: int
    column: int
    end_line: int
    end_column: int

    def contains(self, inner: Location) -> bool:
        """Whether `inner` lies within this span (an argument within its call)."""
        return (self.line, self.column) <= (inner.line, inner.column) \
            and (inner.end_line, inner.end_column) <= (self.end_line, self.end_column)


@dataclass(frozen=True)
class Related:
    """A second place a finding involves, with a short label: where the tensors meet, where
    the other layer is built, where a size comes from (mypy's notes, rustc's secondary spans)."""

    path: str
    location: Location
    message: str
    cell: int | None = None  # notebooks: the cell the location is in


@dataclass(frozen=True)
class Edit:
    """Replace the source text in `location` (end column exclusive) with `text`."""

    location: Location
    text: str


@dataclass(frozen=True)
class Fix:
    """What a finding suggests. `edits` is empty when the fix is only words; `safe` fixes keep
    behaviour (--fix applies them), the others change it (--unsafe-fixes)."""

    description: str
    edits: tuple[Edit, ...] = ()
    safe: bool = False


@dataclass(frozen=True)
class Value:
    """One argument as lstmcheck understands it.

    `known` values carry the Python literal in `value`; anything else (a name, an expression)
    is kept only as its source `text`, which the shape calculator uses as a symbol and the
    linter treats as unknown. `origin` says where a known value came from when it was not
    written inline ("hidden_size defaults to 0 in __init__").
    """

    text: str
    known: bool = False
    value: Any = None
    origin: str | None = None
    location: Location | None = None
    size: Size | None = None  # as a size the flow rules can compare, when it is one
    # where the literal behind a known value is written when that is not `location` (a
    # site's argument, a config entry, an argparse default): the line a user edits to change it
    origin_at: Location | None = None
    # a parameter's default nobody passed: the parameter (`n_layers`); and where the call that
    # binds the value is written (`Model(...)`: the site that passes it, or that leaves it at
    # its default, the line a user edits to pass another value), None when no site is known
    defaulted: str | None = None
    site_at: Location | None = None
    # the argparse option (its dest) whose `default=` the value is: the command line gives
    # another value of the option's type; `origin_at` is where its default is written
    option: str | None = None
    # a name bound to an expression (`input_size = emb + hidden`): where that expression is
    # written, the line a user edits when the formula is what is wrong
    bound_at: Location | None = None
    # one of the combinations a loop builds (`for layers in [1, 2]: Model(layers)`): the call
    # in the loop, where the combination is chosen and where it is skipped
    generated_at: Location | None = None

    @staticmethod
    def of(literal: Any, origin: str | None = None) -> Value:
        return Value(text=repr(literal), known=True, value=literal, origin=origin)

    def is_int(self) -> bool:
        """A true int: torch's `isinstance(x, int)` check, minus bool which no one means."""
        return self.known and isinstance(self.value, int) and not isinstance(self.value, bool)


@dataclass(frozen=True)
class BindError:
    """An argument-binding failure, worded as Python words it when torch binds the call."""

    kind: Literal["missing", "unexpected", "multiple", "too-many"]
    params: tuple[str, ...]
    message: str
    location: Location | None = None


@dataclass(frozen=True)
class BoundCall:
    """A constructor call bound to its signature the way Python and torch bind it.

    `arguments` holds only what the call passed (defaults are not filled in); `partial` is
    true when `*args` or `**kwargs` may have passed more, so nothing can be called missing.
    """

    constructor: str
    arguments: dict[str, Value]
    partial: bool = False
    errors: tuple[BindError, ...] = ()
    positional_count: int = 0
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class TorchOutcome:
    """What torch does with a call: what `--verify` checks a finding against."""

    kind: Literal["raises", "warns", "forward-raises", "accepts"]
    exception: str | None = None
    message: str | None = None
    # "torch": an explicit check in torch (stable text); "python": argument binding or a
    # builtin (match type and pattern); "alloc": torch.empty rejected a shape; "pattern": the
    # message is a regular expression for what a forward pass raises (the flow rules).
    source: Literal["torch", "python", "alloc", "pattern"] = "torch"


@dataclass(frozen=True)
class Problem:
    """A constructor argument that torch rejects or that cannot do what the user meant."""

    params: tuple[str, ...]
    message: str
    severity: Severity
    outcome: TorchOutcome
    fix: str = ""


@dataclass(frozen=True)
class CallRecord:
    """One call that resolves to a torch recurrent layer, as the linter's rules see it."""

    path: str
    constructor: str
    call: BoundCall
    location: Location
    text: str
    qualified_name: str
    target: str | None = None  # "self.lstm" when the call is assigned to a plain target
    owner: str | None = None  # the enclosing class, if any
    # As for a Feed: the configuration of the enclosing class this record holds in ("when
    # bidirectional=False"), and whether no site in the file builds it (findings: warnings).
    when: str | None = None
    hypothetical: bool = False


@dataclass(frozen=True)
class Tensor:
    """What the linter knows of a tensor's shape at one point of the code.

    `dims` is None when the rank is unknown; `last` (the feature size) may still be known.
    `layer` is the recurrent layer the tensor was computed from, if any, through indexing,
    concatenation and shape-keeping operations.
    """

    dims: tuple[Size | None, ...] | None
    last: Size | None
    origin: str  # "the output of the bidirectional LSTM at line 12"
    line: int
    layer: Location | None = None
    packed: bool = False
    part: str | None = None  # "output", "h_n", "c_n": a recurrent result, as yet unmixed
    made_at: Location | None = None  # where it was made: a state's torch.zeros(...) call
    # where callers handed it into functions the flow inlined, outermost call first; the line
    # to fix when the function that applies the layer serves every caller (no part in equality)
    handed: tuple[Handover, ...] = field(default=(), compare=False)
    # the view that moved the directions of a bidirectional output into rows
    # (`(B, T, 2*H).reshape(-1, H)` has 2*B*T rows of H): what feeds a one-direction head
    folded: Location | None = None
    # a view or reshape on the way whose sizes cannot hold the tensor's elements: torch
    # raises there, whatever the shape it was asked for would have met
    unfit: UnfitView | None = None
    # a comprehension on the way that indexes rows past a state's first dim: torch raises
    # there (IndexError), before the layer sees any of its items
    past: IndexedPast | None = None
    # the view or squeeze that read a state of several layers or directions as if it had one
    # (`h_n.squeeze(0)`, `h_n.view(-1, H)` of a (2, B, H) h_n): where a head built on it fails
    one_layer: Location | None = None
    # where its first and its last dim were decided, when an op before `made_at` did it and
    # the ops since kept that dim (`randn(1, 1, H)` expanded over the batch; a cat viewed into
    # a layer dim): the number to change is there (None: at `made_at`)
    first_at: Location | None = field(default=None, compare=False)
    last_at: Location | None = field(default=None, compare=False)
    # laid out by `pad_packed_sequence` (its own batch_first, default False), not by the
    # layer: which dim is time the layer's batch_first no longer says (flow/steps.py)
    relaid: bool = field(default=False, compare=False)
    # made by a layer whose input's rank the walk does not know, read as batched (`h_n` of
    # `enc(src)`, src a parameter, as (D*layers, N, H)), and carried through the ops since:
    # an unbatched input makes it a dim shorter, so a finding on its rank rests on that guess
    rank_assumed: bool = field(default=False, compare=False)
    # where each dim was decided, when ops that only move or add dims carried it from an
    # earlier op (`zeros(B, H).unsqueeze(0)`: the batch at the zeros call); None: at made_at
    dims_at: tuple[Location | None, ...] | None = field(default=None, compare=False)
    # a `torch.cat` that joins one recurrent layer's result with other features (`cat([embed,
    # h, c], 1)`): that layer, for a head sized for the join (flow/mixed.py); `layer` stays None
    joined: Location | None = field(default=None, compare=False)
    # rows a recurrent output's last-step index took (`out[:, -1, :]`), carried through the head
    # applied to them: where that index is, for a loss that compares them with the targets
    stepped: Location | None = field(default=None, compare=False)
    # the Embedding that made it, while its features are still that Embedding's: a layer fed
    # them whose input_size is the Embedding's vocabulary was sized with the wrong argument
    embedded: Embedded | None = field(default=None, compare=False)
    # a view of a final state that holds its elements only when the state's rows (D*num_layers,
    # a named size) are 1: `h_n.view(B, H)` with num_layers a parameter (flow/reshaping.py)
    one_row_view: UnfitView | None = field(default=None, compare=False)
    # a `.squeeze()` with no dim on the way, whose result's rank the data decides (every dim of
    # size 1 goes, a batch of one's too): where it is, for a layer given batched states
    # (flow/squeezed.py)
    squeezed: Location | None = field(default=None, compare=False)
    # an item of `[t] * n`, a list of n references to this one tensor (flow/sequences.py):
    # where the list is made and n, for states each of n layers gets whole
    repeated: Repeated | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Embedded:
    """An `nn.Embedding(num_embeddings, embedding_dim)` call, as a tensor it made recalls it."""

    location: Location
    num_embeddings: Size | None
    embedding_dim: Size | None


@dataclass(frozen=True)
class Repeated:
    """`[state] * count` at `location`: one tensor listed `count` times."""

    location: Location
    count: Size


@dataclass(frozen=True)
class IndexedPast:
    """`[h[i] for i in range(n)]` of a state with fewer than n rows, or `h[2]` of one with two:
    `location` the comprehension or the subscript, `rows` the state's first dim, `count` the
    rows asked for, `origin` what the state is ("h_n of the LSTM at line 12")."""

    location: Location
    rows: Size
    count: Size
    origin: str
    index: int | None = None  # `h[2]`: the literal index (a comprehension's is None)
    made_at: Location | None = None  # where the state was made, when its rows are written there
    set_at: Location | None = None  # the site that passes the count of the range, if one does


@dataclass(frozen=True)
class UnfitView:
    """`x.view(2, B, H)` of a (B, H) tensor: the sizes asked for hold another number of
    elements than the tensor has (torch: "shape '[2, 3, 32]' is invalid for input of size
    96"). `before` the tensor's dims, `asked` the sizes as written (-1 as -1)."""

    location: Location
    method: str  # "view", "reshape"
    before: tuple[Size, ...]
    asked: tuple[Size, ...]
    viewed_at: Location | None = None  # where the tensor viewed was made
    viewed_origin: str | None = None  # what made it ("torch.zeros(...) at line 51")


@dataclass(frozen=True)
class Handover:
    """A caller handing a tensor into a function the flow inlined: `at` the argument, or the
    one assignment of the name passed (`hidden = (h, h)`); `made_at` the tensor's then, so a
    tensor an op in the function derives from it (same record, new `made_at`) is not taken
    for the one handed."""

    at: Location
    made_at: Location | None


@dataclass(frozen=True)
class Batches:
    """Where a file cuts its data into batches whose last may hold fewer rows: a DataLoader
    without drop_last=True, or a loop that steps through the data by a fixed count."""

    location: Location  # the DataLoader(...) call, or the loop's range(...)
    size: int  # the rows of a full batch
    what: str  # "the DataLoader at line 51", "the loop over range(...) at line 61"
    loader: bool  # a DataLoader: drop_last=True is one fix
    carried: bool = False  # the states were made before the loop over these batches


@dataclass(frozen=True)
class FixedBatch:
    """States whose batch is a number fixed before the data is seen (a constructor argument,
    an option, a constant), and the input they meet (flow/fixed_batches.py): `size` that
    number; `entered` where the state comes into the function that applies the layer (the
    call that makes it without being given a batch, the read of what an object keeps), None
    when it is made there; `how` says which."""

    size: int
    entered: Location | None = None
    how: str = ""  # "call": a call given no batch; "read": an attribute the object keeps
    # what shows the data's batches differ from `size`: where the file cuts its data into
    # batches whose last may be shorter (a DataLoader without drop_last=True, a loop taking
    # `min(n, rest)` rows), and the input's batch when a name sets it (`args.batch_size`)
    uneven: Location | None = None
    named: str = ""
    # a DataLoader of the file that makes batches of another number of rows (`batch_size=1` for
    # evaluation next to training's 32): where it is, and that number
    other_loader: tuple[Location, int] | None = None
    # whether the input's batch is the data's (unknown or named); when not, the input's batch
    # is a number too and LC009 compares them, blaming `entered`
    from_data: bool = True


@dataclass(frozen=True)
class Feed:
    """A layer applied to a tensor whose shape the flow knows something of: where two
    statements meet, and what the cross-statement rules judge."""

    path: str
    kind: str  # "LSTM", "GRUCell", ..., "Linear", "Sequential"
    layer: Location  # the constructor call
    layer_text: str
    location: Location  # the call that applies the layer
    input: Tensor | None
    states: tuple[Tensor | None, ...] = ()  # h_0, and c_0 for an LSTM
    record: CallRecord | None = None  # recurrent layers: the constructor's record
    in_features: Size | None = None  # Linear and Sequential: what the layer expects
    # The configuration this feed happens in ("when bidirectional=False"), None for all of
    # them; `hypothetical` when no site in the file builds that configuration (a warning).
    when: str | None = None
    hypothetical: bool = False
    # Which dim of the input must equal `in_features`: -1 for Linear, Sequential, LayerNorm and
    # MultiheadAttention; 1 for Conv1d and BatchNorm1d on (N, C, L); None when the input's
    # rank, and so the channel dim, is not known.
    feature_dim: int | None = -1
    # The data's batches this feed's states are not sized for: a state's batch is a fixed
    # number, the input's comes from the data, and the file cuts its data into batches of
    # that number whose last may be shorter (flow/batches.py).
    batches: Batches | None = None
    # The states were passed as a tuple or list (`(h,)`, `[h, c]`), not as one tensor: a
    # GRU's one state in a 1-tuple is the wrong form although `states` holds one tensor.
    states_in_tuple: bool = False
    # A product of two tensors (`torch.bmm`, `matmul`, `@`; kind "bmm", "matmul", "mm"), one of
    # them from a recurrent layer: both operands, the receiver first (flow/ops.py).
    operands: tuple[Tensor | None, ...] = ()
    # A recurrent layer's result taken apart or used in a form it does not have (`out, h, c
    # = self.lstm(x)`, `self.fc(out)` with `out` the whole pair): LC011's feed, whose
    # `location` is that use (flow/results.py); None for every other feed.
    result_use: ResultUse | None = None
    # `out[:, -1, :]` / `out[-1]` of a recurrent output (kind `STEP_INDEXED`): the dim the
    # index takes, for LC007 to judge against the layer's batch_first (flow/steps.py)
    step: IndexedStep | None = None
    # `self.hidden` read back where the previous call stored the layer's final state (kind
    # `CARRIED_STATE`, flow/carried.py): where it is stored, and the DataLoader whose last
    # batch may be shorter
    carried: CarriedState | None = None
    # recurrent layers: states of a batch fixed before the data is seen, met by an input whose
    # batch the data decides (flow/fixed_batches.py)
    fixed_batch: FixedBatch | None = None


@dataclass(frozen=True)
class CarriedState:
    """A state a method reads from `self` that the same method stored there from a recurrent
    layer's result on the previous call: made for the previous batch. `attribute` as written
    (`self.hidden`), `layer` the class name ("GRU"), `stored_at` the assignment that keeps it,
    `loader_at` a DataLoader of the file without drop_last=True (`size` its batch size when
    the file writes a number)."""

    attribute: str
    layer: str
    stored_at: Location
    loader_at: Location
    size: int | None = None


@dataclass(frozen=True)
class IndexedStep:
    """A recurrent layer's output indexed with -1 in dim 0 (`out[-1]`) or dim 1 (`out[:, -1,
    :]`), the other dims kept whole: the last time step only where that dim is time. `value`
    the indexed expression as written ("out"), `rank` the output's when the walk knows it,
    `dims` the output's (the feed's `input` stays None: the index reads no features).
    `value_at` where the indexed expression is written: the finding's `call`, which --verify
    has no forward pass for."""

    dim: int
    value: str
    rank: int | None
    dims: tuple[Size | None, ...] | None = None
    value_at: Location | None = None


@dataclass(frozen=True)
class ResultUse:
    """Where code takes a recurrent layer's result for what it is not: plain facts, worded by
    LC011. `problem`: "unpack-tuple" (the targets' count differs from the items'),
    "unpack-tensor" (a target tuple meets one tensor, whose first dim Python iterates), or
    "tuple-as-tensor" (the whole tuple given where a tensor goes: `how` says how), or
    "pair-as-tensor" (nn.LSTM's state pair (h_n, c_n) given to a layer as one tensor)."""

    problem: Literal["unpack-tuple", "unpack-tensor", "tuple-as-tensor", "pair-as-tensor"]
    written: str  # the targets or the expression as written: "out, h, c", "y[:, -1]"
    returns: str  # what the layer returns: "(output, (h_n, c_n))", "h'"
    piece: str  # the part met, with its shape: "h_n is one tensor (1, batch, 64)"
    expected: int | None = None  # unpacking: the targets' count
    got: int | None = None  # unpacking: the items' count, or the tensor's rows (None: unknown)
    how: str | None = None  # tuple-as-tensor: "index", "attribute NAME", "layer Linear"
    name: str | None = None  # the name that holds the whole result, when one does
    right: str | None = None  # the right form, as code: "out, h_n = self.gru(x)"


@dataclass(frozen=True)
class FileFacts:
    """Everything the rules see of one file."""

    calls: tuple[CallRecord, ...] = ()
    feeds: tuple[Feed, ...] = ()
    # named sizes that are parameters with an int default: (key, value, "hidden_size defaults
    # to 32 in __init__()"); the rules keep them symbolic, --verify builds with them
    defaults: tuple[tuple[str, int, str], ...] = ()
    # calls that build a class imported from another module (asked for by name): the project
    # stage hands them to the file that defines it
    builds: tuple[BuildSite, ...] = ()
    # pairs of names the file compares with == or != (lint/ties.py): sizes made from them do
    # not agree by coincidence
    compared: tuple[tuple[str, str], ...] = ()
    # blocks of literal fields the text writes (a class body, a dict, an INI section) that set
    # a field to 1 beside a rate in (0, 1): (name, value, line, column, end column) each
    # (lint/written_configs.py)
    written_configs: tuple[tuple[tuple[str, int | float, int, int, int], ...], ...] = ()


@dataclass(frozen=True)
class Verdict:
    """What torch said about a finding under --verify.

    `confirmed`: torch raised or warned as the rule predicted; `refuted`: torch accepted what
    the rule called an error (a bug of lstmcheck's); `unverifiable`: `message` says why.
    """

    status: Literal["confirmed", "refuted", "unverifiable"]
    torch_version: str | None = None
    exception: str | None = None
    message: str | None = None
    ran: str | None = None  # what torch was given: "nn.LSTM(10, 0) on the meta device"


@dataclass(frozen=True)
class Finding:
    """One report: a rule's code and message at a place in a file."""

    code: str
    name: str
    severity: Severity
    path: str
    location: Location
    message: str
    outcome: TorchOutcome | None = None
    call: Location | None = None  # the whole call: a noqa on any of its lines applies
    verify: Verdict | None = None  # with --verify
    related: tuple[Related, ...] = ()  # notes at the other places the finding involves
    fix: Fix | None = None
    cell: int | None = None  # notebooks: `location` is within this cell (1-based)


@dataclass(frozen=True)
class Settings:
    """What the user asked for; checking a file is a pure function of its bytes and these."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    show_shapes: bool = False
    verify: bool = False  # confirm findings with torch on the meta device
    # From configuration ([tool.lstmcheck]) or flags; discovery and the engine honour them.
    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, codes)
    # the folder per-file-ignores globs are relative to: the configuration file's, as in ruff
    # (None: the working directory)
    per_file_ignores_root: str | None = None
    respect_gitignore: bool = True
    report_unused_noqa: bool = False
    # larger files are LC000 "too large to check": parsing costs several hundred MB per MB
    max_file_bytes: int = 1_000_000
    # exclusions apply to files named on the command line too (ruff's --force-exclude): what
    # pre-commit and editors use, since they name every file
    force_exclude: bool = False
    # (folder, patterns): `exclude`/`extend-exclude` each relative to the folder they were
    # written for, the configuration file's or, for flags, the working directory (ruff's rule);
    # empty: all relative to the working directory
    exclude_bases: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class LayerShapes:
    """For --show-shapes: what one recurrent layer takes and gives, as far as known."""

    path: str
    location: Location
    call: str  # `nn.LSTM(embed_dim, hidden_dim, ...)`
    shapes: tuple[tuple[str, str], ...]  # ("input", "(N, L, embed_dim)"), ("output", ...)
    note: str | None = None  # why some or all shapes are not shown
    cell: int | None = None  # notebooks: `location` is within this cell (1-based)


@dataclass(frozen=True)
class FileResult:
    """Everything one file produced."""

    path: str
    findings: tuple[Finding, ...] = ()
    calls: int = 0
    parsed: bool = False
    skipped: bool = False
    # (cell or None, line) -> source, for the lines findings and their notes point at
    snippets: dict[tuple[int | None, int], str] = field(default_factory=dict)
    layers: tuple[LayerShapes, ...] = ()  # with --show-shapes
    # lstmcheck failed on this file (a bug, a parser crash, a time-out): exit 2, not 1
    internal_error: bool = False
    # calls of this file that build a class another checked file may define (FileFacts.builds)
    builds: tuple[BuildSite, ...] = ()

    def snippet(self, line: int, cell: int | None = None) -> str | None:
        return self.snippets.get((cell, line))


@dataclass(frozen=True)
class Argument:
    """One argument a call passes, as far as its file's literals reach: `value` when `known`,
    and where it comes from in that file's words."""

    known: bool
    value: Any = None
    origin: str | None = None


@dataclass(frozen=True)
class BuildSite:
    """A call that builds a class imported from another module: the module as the import
    names it (`level` leading dots, then `module`'s parts), the class's `name`, the call's
    line (and `location`) and its arguments; `complete` False when they cannot all be told (`*args`, a `**`
    whose entries are unknown). `path`: the building file, set when it is handed on."""

    level: int
    module: tuple[str, ...]
    name: str
    line: int
    positional: tuple[Argument, ...] = ()
    keywords: tuple[tuple[str, Argument], ...] = ()
    complete: bool = True
    path: str = ""
    location: Location | None = None  # the whole call, in the building file


# `Feed.kind`s the flow records for a state in a form no layer or op can take (flow/pairs.py),
# which LC009 reports; no layer is applied there (`record` is None).
PAIR_AS_TENSOR = "state pair as a tensor"  # an LSTM's (h, c) given to an op that takes a tensor
STATES_SPREAD = "states spread over arguments"  # `lstm(x, h, c)`: the pair as two arguments
DIM_OUT_OF_RANGE = "dim out of range"  # `h.size(2)` of a tensor of rank 2 made from a layer's result
# in the origin of `states[0]` / `states[1]` of one final state: an item taken as if the state
# were an LSTM's (h_n, c_n)
AS_PAIR_ITEM = "a row of"
# `Feed.kind` of a recurrent output indexed with -1 in its first or second dim (`Feed.step`)
STEP_INDEXED = "a step of the output"
# A module of a Sequential and the width the module before it gives (flow/chained.py): the feed
# kind, here so that the rules need not import the flow (and libcst) to name it.
CHAINED = "chained"
# `Feed.kind` of a state read back from `self` where the previous call stored it (`Feed.carried`)
CARRIED_STATE = "a state carried from the previous call"
