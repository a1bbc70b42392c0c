"""--verify: give every finding torch's verdict, and report what torch rejects that no rule did.

Each recurrent-layer call whose arguments are all literals (written inline, constants, or
parameter defaults) is built on the meta device, where weights take no memory. A finding about
the call is `confirmed` when torch raises or warns as its rule predicted, `refuted` when torch
accepts what the rule called a failure (a bug of ours, shown as such), and `unverifiable`, with
the reason, when some value is not known. A cross-statement finding is judged by a forward pass
on meta tensors of the shapes the flow knows; sizes it does not know are filled in with what
torch itself expects there, so that only what the finding is about can make torch fail.

torch is reached through `lstmcheck.verify` alone, and only when a file has a call to build.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, replace
from typing import Any

from lstmcheck.lint.rebuild import Rebuilt, StandIns, rebuild
from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import record_at
from lstmcheck.lint.rules import BY_CODE
from lstmcheck.lint.rules.consumers import HEADS
from lstmcheck.lint.replay import replayed
from lstmcheck.records import STATES_SPREAD, CallRecord, Feed, FileFacts, Finding, Location, TorchOutcome, \
    Verdict
from lstmcheck.sizes import Size

TORCH_REJECTS = BY_CODE["LC010"]
_FLOW_CODES = ("LC003", "LC007", "LC008", "LC009", "LC011")
_BATCH_STAND_IN = 3  # a batch size the flow does not know; the sequence length is always 1

# What torch did, shared by every file one process checks: its answer depends only on the
# literal arguments and the shapes, and a forward pass on meta costs milliseconds per layer.
_BUILDS: dict[str, Any] = {}  # the rebuilt call's text -> verify.Attempt
_FORWARDS: dict[tuple, Any] = {}  # (id of the built module, input shape, states) -> Attempt


def _quoted(text: str) -> set[str]:
    return set(re.findall(r"'([^']*)'", text))


def matches(predicted: TorchOutcome, exception: str | None, message: str | None) -> bool:
    """torch's own text must match; Python's binding errors match by type and the names they
    quote; a failed allocation by type and the start of the text; a flow rule's prediction by
    type and its pattern."""
    if exception is None or message is None:
        return False
    said = predicted.message or ""
    if predicted.source == "pattern":
        return predicted.exception in (None, exception) and re.search(said, message) is not None
    if predicted.exception != exception:
        return False
    if predicted.source == "python":
        return _quoted(said) <= _quoted(message)
    if predicted.source == "alloc":
        return message.startswith(said[:30])
    return message == said or message.startswith(said)


def _shape(dims: tuple[int, ...]) -> str:
    return "(" + ", ".join(map(str, dims)) + ("," if len(dims) == 1 else "") + ")"


@dataclass
class _Built:
    rebuilt: Rebuilt
    attempt: Any = None  # verify.Attempt, when the call could be rebuilt


class Verifier:
    """One per file: builds each call at most once and judges findings against torch."""

    def __init__(self, facts: FileFacts) -> None:
        from lstmcheck import verify

        self.torch = verify
        self.version = verify.torch_version()
        self.facts = facts
        self.values = {key: value for key, value, _ in facts.defaults}
        self.origins = {key: origin for key, _, origin in facts.defaults}
        self._built: dict[tuple[Location, str], _Built] = {}
        self._produced: dict[tuple[Location, str], int | None] = {}

    def verdict(self, status: str, exception: str | None = None, message: str | None = None,
                ran: str | None = None) -> Verdict:
        return Verdict(status, self.version, exception, message, ran)  # type: ignore[arg-type]

    def judge(self, predicted: TorchOutcome | None, attempt: Any, ran: str) -> Verdict:
        """A verdict on a predicted failure from what torch did with it."""
        if attempt.exception is None:
            return self.verdict("refuted", message="torch runs it without an error", ran=ran)
        if attempt.exception == "NotRun":
            return self.verdict("unverifiable", message=attempt.message, ran=ran)
        if predicted is not None and matches(predicted, attempt.exception, attempt.message):
            return self.verdict("confirmed", attempt.exception, attempt.message, ran)
        return self.verdict("unverifiable", attempt.exception,
                            f"torch stops at another error first: {attempt.message}", ran)

    def forward(self, module: Any, shape: tuple[int, ...], states: tuple = (),
                form: str | None = None) -> Any:
        key = (id(module), shape, states, form)
        if key not in _FORWARDS:
            _FORWARDS[key] = self.torch.forward(module, shape, states, form)
        return _FORWARDS[key]

    @staticmethod
    def form(feed: Feed) -> str | None:
        """How the code hands the states over: torch is given them in that form (a GRU's
        `(h,)` fails where its bare `h` runs)."""
        if feed.kind == STATES_SPREAD:
            return "apart"
        if not feed.states:
            return None
        return "tuple" if feed.states_in_tuple or len(feed.states) != 1 else "tensor"

    # sizes ---------------------------------------------------------------------------------
    def number(self, size: Size | None) -> int | None:
        """The size as an int: a literal, or named sizes that are parameters with a default."""
        return None if size is None else size.evaluate(self.values)

    def defaults_used(self, *sizes: Size | None) -> list[str]:
        keys = set().union(*(s.keys for s in sizes if s is not None))
        return [self.origins[k] for k in sorted(keys) if k in self.origins]

    # calls ---------------------------------------------------------------------------------
    def built(self, record: CallRecord, stand_ins: StandIns = None,
              overrides: dict | None = None) -> _Built:
        # keyed by the arguments too: the configurations of one call (bidirectional=True and
        # False) are different layers at the same location
        arguments = tuple((name, value.known, repr(value.value) if value.known else value.text)
                          for name, value in record.call.arguments.items())
        key = (record.location, arguments, repr(stand_ins), repr(overrides))
        if key not in self._built:
            rebuilt = rebuild(record, stand_ins, overrides)
            attempt = None
            if rebuilt.complete:
                text = rebuilt.text()
                if text not in _BUILDS:
                    _BUILDS[text] = self.torch.build(record.constructor, rebuilt.args, rebuilt.kwargs)
                attempt = _BUILDS[text]
            self._built[key] = _Built(rebuilt, attempt)
        return self._built[key]

    def module(self, record: CallRecord | None, stand_ins: StandIns = None,
               overrides: dict | None = None) -> tuple[Any, str | None]:
        """The built module, or why there is none."""
        if record is None:
            return None, "the layer is not known"
        built = self.built(record, stand_ins, overrides)
        if not built.rebuilt.complete:
            return None, built.rebuilt.unknown
        if built.attempt.exception is not None:
            return None, (f"the layer itself does not build: {built.attempt.exception}: "
                          f"{built.attempt.message}")
        return built.attempt.result, None

    def call_verdict(self, finding: Finding, record: CallRecord, siblings: list[Finding]) -> Verdict:
        """torch's verdict on a finding about one call. A call with unknown values is built
        with valid values standing in for them: the rule judged the known values alone, and
        what stands in is valid on its own, so torch mostly reaches the check the finding
        predicts. Only a confirmation counts then; anything else stays unverifiable."""
        built = self.built(record)
        if built.rebuilt.complete or finding.outcome is None:
            return self._call_verdict(finding, built, siblings)
        plain = built.rebuilt.unknown
        built = self.built(record, "all")
        if not built.rebuilt.complete:
            return self.verdict("unverifiable", message=plain)
        verdict = self._call_verdict(finding, built, siblings)
        if verdict.status == "confirmed":
            return verdict
        return replace(verdict, status="unverifiable", message=f"{plain}; {verdict.message}")

    def _call_verdict(self, finding: Finding, built: _Built, siblings: list[Finding]) -> Verdict:
        predicted = finding.outcome
        if not built.rebuilt.complete:
            return self.verdict("unverifiable", message=built.rebuilt.unknown)
        attempt = built.attempt
        constructor = built.rebuilt.constructor
        ran = f"{built.rebuilt.text()} on the meta device"
        if built.rebuilt.stood_in:
            ran += f", valid values standing in for {', '.join(built.rebuilt.stood_in)}"
        if predicted is None:
            return self.verdict("unverifiable", message="a suspicion from names: torch builds "
                                "the layer either way, and only the data fed in decides", ran=ran)
        if predicted.kind == "warns":
            said = next((w for w in attempt.warnings if w.startswith(predicted.message or "")), None)
            if said is not None:
                return self.verdict("confirmed", "UserWarning", said, ran)
        if attempt.exception is not None:
            if predicted.kind == "raises" and matches(predicted, attempt.exception, attempt.message):
                return self.verdict("confirmed", attempt.exception, attempt.message, ran)
            if any(s is not finding and s.outcome is not None
                   and matches(s.outcome, attempt.exception, attempt.message) for s in siblings):
                return self.verdict("unverifiable", attempt.exception, "torch stops at the "
                                    f"error another finding reports first: {attempt.message}", ran)
            if predicted.kind != "raises":  # it claimed nothing about construction
                return self.verdict("unverifiable", attempt.exception, "torch stops at another "
                                    f"error first: {attempt.message}", ran)
            return self.verdict("refuted", attempt.exception, attempt.message, ran)
        if predicted.kind == "raises":
            return self.verdict("refuted", message="torch builds this layer without an error",
                                ran=ran)
        if predicted.kind == "warns":
            return self.verdict("refuted", message="torch builds this layer without that warning",
                                ran=ran)
        if predicted.kind == "accepts":
            foreseen = [s.outcome.message or "" for s in siblings
                        if s.outcome is not None and s.outcome.kind == "warns"]
            others = [w for w in attempt.warnings if not any(w.startswith(f) for f in foreseen)]
            if others:
                return self.verdict("refuted", "UserWarning", others[0], ran)
            return self.verdict("confirmed", message="torch accepts it without a word, as said",
                                ran=ran)
        # a failure at the first forward pass
        input_size = _input_size(built.rebuilt)
        if input_size is None:
            return self.verdict("unverifiable", message="input_size is not an int to feed")
        shape = _one_step(constructor, input_size)
        return self.judge(predicted, self.forward(attempt.result, shape),
                          f"{ran}, then a forward pass on a meta input {_shape(shape)}")

    # feeds ---------------------------------------------------------------------------------
    def tensors(self, feed: Feed, module: Any, about_states: bool = False) -> tuple[Any, str]:
        """((input shape, state shapes), "") for a forward pass that only what the flow knows
        can make fail; or (None, why not). When the finding is about the states, input
        features the flow does not know are taken as the layer's input_size."""
        sizes = sizes_of(feed.record)  # type: ignore[arg-type]
        tensor = feed.input
        if tensor is not None and tensor.packed and not about_states:
            return None, "a packed sequence is not rebuilt"
        features = self.number(tensor.last) if tensor is not None else None
        if features is None and about_states:
            features = module.input_size
        if features is None:
            if tensor is None:
                return None, "the tensor fed in is not known"
            return None, f"the features fed in, {tensor.last}, are not a number"
        states = [None if s is None or s.dims is None else [self.number(d) for d in s.dims]
                  for s in feed.states]
        batched_rank = 2 if sizes.cell else 3
        if tensor is not None and tensor.dims is not None:
            dims = [self.number(d) for d in tensor.dims]
        else:  # a rank the flow does not know is taken as batched, as the rules take it
            dims = [None] * (batched_rank - 1) + [features]
        dims[-1] = features
        batched = len(dims) == batched_rank
        batch_at = (0 if sizes.cell or sizes.batch_first else 1) if batched else None
        batch = dims[batch_at] if batch_at is not None else None
        if batch_at is not None and batch is None:  # the states' batch, if they know it
            at = 0 if sizes.cell else 1
            batch = next((s[at] for s in states if s is not None and len(s) == batched_rank
                          and s[at] is not None), _BATCH_STAND_IN)
        # The sequence length changes no check torch makes (but 0, which it rejects), and a
        # meta forward pass costs time per step: one step stands for any number.
        seq_at = None  # a cell's input, or one of a rank torch rejects, keeps its sizes
        if not sizes.cell and batched:
            seq_at = 1 if sizes.batch_first else 0
        elif not sizes.cell and len(dims) == batched_rank - 1:  # unbatched (L, H_in)
            seq_at = 0
        for i, d in enumerate(dims[:-1]):
            if i == batch_at:
                dims[i] = batch
            elif i == seq_at:
                dims[i] = 1 if d is None or d > 1 else d
            else:
                dims[i] = 1 if d is None else d
        shape = tuple(dims)
        if not feed.states:
            return (shape, ()), ""
        # What torch expects of each state, from a forward pass without them on an input of
        # the features it expects (the features fed in may be what a finding is about).
        probe = self.forward(module, shape[:-1] + (module.input_size,))
        expected = list(self.torch.results(module, probe.result).values()) \
            if probe.exception is None else []
        if not sizes.cell:
            expected = expected[1:]  # h_n, c_n: the shapes h_0, c_0 must have
        filled = []
        for k, state in enumerate(states):
            want = expected[k] if k < len(expected) else None
            if state is None:
                if want is None:
                    return None, "an initial state is not known"
                filled.append(want)
            elif want is not None and len(want) == len(state):
                filled.append(tuple(w if d is None else d for d, w in zip(state, want)))
            else:
                filled.append(tuple(1 if d is None else d for d in state))
        return (shape, tuple(filled)), ""

    def feed_verdict(self, finding: Finding, feed: Feed) -> Verdict:
        if feed.record is None:
            if feed.kind in HEADS:
                return self.consumer_verdict(finding, feed)
            return self.head_verdict(finding, feed)
        if finding.outcome is None:
            return self.verdict("unverifiable", message="sizes that agree only by coincidence: "
                                "torch runs the code with them, and only another value of them "
                                "would fail")
        about_states = finding.code == "LC009"
        stand_ins = None
        if about_states:  # the states' shapes do not depend on input_size: fit it to the input
            known = self.number(feed.input.last) if feed.input is not None else None
            stand_ins = {"input_size": known or 1}
        if about_states and finding.severity == "warning" and (
                feed.fixed_batch is not None
                or (feed.input is not None and feed.input.squeezed is not None)):
            # a state of a fixed batch, or an input squeezed: the warning is about a batch the
            # data brings (a shorter last one, one of a single row), not the one the code shows
            return self.verdict("unverifiable", message="the warning is about a batch of "
                                "another size than the code's own (a shorter last batch, a "
                                "batch of one), which only the data gives")
        if about_states and finding.severity == "warning":
            unknown = [d for s in feed.states if s is not None and s.dims is not None
                       for d in s.dims if d is not None and self.number(d) is None]
            if unknown:  # the run would fill in the size the warning's assumption is about
                return self.verdict("unverifiable", message=f"the warning assumes what "
                                    f"{unknown[0]} is, a size only a run of the code knows")
        module, why = self.module(feed.record, stand_ins)
        if module is None:
            return self.verdict("unverifiable", message=why)
        tensors, why = self.tensors(feed, module, about_states)
        if tensors is None:
            return self.verdict("unverifiable", message=why)
        shape, states = tensors
        ran = self._ran(feed, shape, states)
        if about_states and feed.input is not None and feed.input.packed:
            # torch checks the states of a packed sequence against its first (largest) batch,
            # as it checks a padded tensor's against its batch
            ran += " (a padded input standing in for the packed sequence)"
        verdict = self.judge(finding.outcome, self.forward(module, shape, states, self.form(feed)), ran)
        with_states = True
        if verdict.status == "unverifiable" and not about_states and states:
            # a finding about the input, where torch stops at the code's states first: the
            # input alone, with the states torch makes itself, says whether it holds
            alone = self.forward(module, shape)
            if alone.exception is not None:
                verdict = self.judge(finding.outcome, alone, f"{self._ran(feed, shape, ())}, "
                                     "without the code's states, which torch rejects first")
                with_states = False
        if verdict.status == "confirmed" and finding.fix is not None and finding.fix.edits:
            return self.fix_verdict(finding, feed, stand_ins, shape, verdict, with_states)
        return verdict

    def fix_verdict(self, finding: Finding, feed: Feed, stand_ins: StandIns,
                    shape: tuple, verdict: Verdict, with_states: bool = True) -> Verdict:
        """A confirmation holds only if the finding's edits, applied to the arguments torch
        was given, make the same forward pass run: a fix that leaves torch's error is
        refuted. An edit that writes a number gives that number; one that writes names
        (`2 * hidden_dim`) gives the size the diagnosis meant by it."""
        record = feed.record
        assert record is not None and finding.fix is not None
        sizes = sizes_of(record)
        if finding.code == "LC003" and len(finding.fix.edits) == 2:  # a swap
            meant = {"input_size": self.number(sizes.hidden_size),
                     "hidden_size": self.number(sizes.input_size)}
        else:
            meant = {"input_size": shape[-1]}
        by_place = {v.location: name for name, v in record.call.arguments.items()}
        new: dict[str, Any] = {}
        for edit in finding.fix.edits:
            name = by_place.get(edit.location)
            if name is None:
                return verdict  # an edit outside the layer's arguments: not rebuilt
            new[name] = _written_int(edit.text, name)
            if new[name] is None:
                new[name] = meant.get(name)
            if new[name] is None:
                return verdict
        module, why = self.module(record, stand_ins, new)
        described = finding.fix.description
        if module is None:
            return self.verdict("refuted", message=f"with its fix ({described}) {why}",
                                ran=verdict.ran)
        tensors, _ = self.tensors(feed, module, finding.code == "LC009")
        if tensors is None:
            return verdict
        if not with_states:
            tensors = (tensors[0], ())
        fixed = self.forward(module, *tensors, self.form(feed))
        if fixed.exception is not None:
            return self.verdict("refuted", fixed.exception, f"the fix ({described}) does not "
                                f"remove torch's error: {_first_line(fixed.message)}", verdict.ran)
        return replace(verdict, ran=f"{verdict.ran}; with the fix applied it runs")

    def _ran(self, feed: Feed, shape: tuple, states: tuple) -> str:
        names = ("h_0", "c_0") if not feed.kind.endswith("Cell") else ("h", "c")
        given = [f"input {_shape(shape)}"] + [f"{n} {_shape(s)}" for n, s in zip(names, states)]
        text = f"a forward pass of nn.{feed.kind} (line {feed.layer.line}) on meta tensors: " \
               + ", ".join(given)
        tensors = [feed.input, *feed.states]
        used = self.defaults_used(*(d for t in tensors if t is not None
                                    for d in (t.last, *(t.dims or ()))),
                                  *(v.size for v in feed.record.call.arguments.values()))  # type: ignore[union-attr]
        return text + (f" ({'; '.join(used)})" if used else "")

    def produced(self, record: CallRecord, part: str) -> int | None:
        """The features torch really gives in `part` (output, h_n, c_n, h, c) of this layer."""
        key = (record.location, part)
        if key not in self._produced:
            self._produced[key] = None
            module, _ = self.module(record)
            input_size = _input_size(self.built(record).rebuilt)
            if module is not None and input_size is not None:
                ran = self.forward(module, _one_step(record.constructor, input_size))
                if ran.exception is None:
                    shape = self.torch.results(module, ran.result).get(part)
                    self._produced[key] = shape[-1] if shape else None
        return self._produced[key]

    def consumer_verdict(self, finding: Finding, feed: Feed) -> Verdict:
        """A Conv1d, norm or attention head: torch builds it on the meta device and is fed
        the tensor the flow knows (unknown dims stand in as 2); a fix must make it run."""
        tensor, size = feed.input, self.number(feed.in_features)
        assert tensor is not None
        if size is None:
            return self.verdict("unverifiable", message=f"{feed.in_features} is not a number")
        if tensor.dims is None:
            last = self.number(tensor.last)
            if feed.feature_dim != -1 or last is None:
                return self.verdict("unverifiable", message="the tensor's shape is not known")
            shape = (2, 2, last)
        else:
            shape = tuple(2 if n is None else n for n in map(self.number, tensor.dims))
        ran = f"nn.{feed.kind}({size}, ...) fed {_shape(shape)} on the meta device"
        verdict = self.judge(finding.outcome, _consume(feed.kind, size, shape), ran)
        if verdict.status != "confirmed" or finding.fix is None:
            return verdict
        if "transpose(1, 2)" in finding.fix.description and len(shape) == 3:
            fixed = _consume(feed.kind, size, (shape[0], shape[2], shape[1]))
        elif finding.fix.edits:
            written = _written_int(finding.fix.edits[0].text, HEADS[feed.kind][0])
            if written is None:
                return verdict
            fixed = _consume(feed.kind, written, shape)
        else:
            return verdict
        if fixed.exception is not None:
            return self.verdict("refuted", fixed.exception, "the fix does not remove "
                                f"torch's error: {_first_line(fixed.message)}", ran)
        return replace(verdict, ran=f"{ran}; with the fix applied it runs")

    def head_verdict(self, finding: Finding, feed: Feed) -> Verdict:
        """A Linear head fed a recurrent layer's features: torch says how many it gives (when
        the tensor is one part of the layer's result) and whether the head takes them."""
        tensor = feed.input
        assert tensor is not None
        in_features, features = self.number(feed.in_features), self.number(tensor.last)
        if in_features is None or features is None:
            unknown = feed.in_features if in_features is None else tensor.last
            return self.verdict("unverifiable", message=f"{unknown} is not a number")
        # The file's record of the layer holds in every configuration or in the one a site
        # builds; a feed in another configuration is not rebuilt from it.
        record = record_at(self.facts, tensor.layer) if feed.when is None else None
        if tensor.part is not None and record is not None:
            produced = self.produced(record, tensor.part)
            if produced is not None and produced != features:
                return self.verdict("refuted", message=f"torch's {tensor.part} has {produced} "
                                    f"features, not {features}")
        used = self.defaults_used(feed.in_features, tensor.last)
        ran = (f"nn.Linear({in_features}, ...) fed {features} features"
               + (f" ({'; '.join(used)})" if used else ""))
        verdict = self.judge(finding.outcome, self.torch.linear(in_features, features), ran)
        if verdict.status == "confirmed" and finding.fix is not None and finding.fix.edits:
            written = _written_int(finding.fix.edits[0].text, "in_features")
            fixed = self.torch.linear(written or features, features)
            if fixed.exception is not None:
                return self.verdict("refuted", fixed.exception, "the fix does not remove "
                                    f"torch's error: {fixed.message}", ran)
            verdict = replace(verdict, ran=f"{ran}; with the fix applied it runs")
        return verdict


def _consume(kind: str, size: int, shape: tuple[int, ...]) -> Any:
    """Build a Conv1d, norm or attention layer of `size` on the meta device and feed it."""
    from lstmcheck.verify import _attempt, load_torch

    torch = load_torch()

    @torch.no_grad()
    def run() -> Any:
        nn = torch.nn
        layer = {"Conv1d": lambda: nn.Conv1d(size, 1, 1, device="meta"),
                 "BatchNorm1d": lambda: nn.BatchNorm1d(size, device="meta"),
                 "LayerNorm": lambda: nn.LayerNorm(size, device="meta"),
                 "MultiheadAttention": lambda: nn.MultiheadAttention(size, 1, device="meta"),
                 }[kind]()
        x = torch.empty(shape, device="meta")
        return layer(x, x, x) if kind == "MultiheadAttention" else layer(x)

    return _attempt(run)


def _written_int(text: str, name: str) -> int | None:
    """The int an edit writes for an argument (`12`, `input_size=12`), else None."""
    text = text.strip()
    if text.startswith(f"{name}="):
        text = text[len(name) + 1:]
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _first_line(message: str | None) -> str:
    """torch's overload listings and C++ backtraces run over many lines: the first says it."""
    text = message or ""
    return text.split("\n", 1)[0] + (" ..." if "\n" in text else "")


def _one_step(constructor: str, input_size: int) -> tuple[int, ...]:
    """The smallest batched input a layer takes: one step of one sequence."""
    return (1, input_size) if constructor.endswith("Cell") else (1, 1, input_size)


def _input_size(rebuilt: Rebuilt) -> int | None:
    value = rebuilt.args[0] if rebuilt.args else rebuilt.kwargs.get("input_size")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _literal(dims: tuple[Size | None, ...] | None) -> bool:
    return dims is not None and all(d is not None and d.value is not None for d in dims)


def confirm(facts: FileFacts, findings: list[Finding]) -> list[Finding]:
    """The findings with their verdicts, plus an LC010 for each failure no rule reported."""
    if not facts.calls:
        return findings
    verifier = Verifier(facts)
    records = {r.location: r for r in facts.calls}
    feeds: dict[Location, list[Feed]] = {}
    for feed in facts.feeds:
        feeds.setdefault(feed.location, []).append(feed)
    by_call: dict[Any, list[Finding]] = {}
    for finding in findings:
        by_call.setdefault(finding.call, []).append(finding)
    out = []
    met: set[Location] = set()  # where a confirmed finding's feed applies a layer: LC010 says no more
    for finding in findings:
        feed = None
        try:
            feed = _feed_of(finding, feeds, facts)
            if feed is not None:  # what fails around the layer, else its forward pass
                verdict = replayed(verifier, finding, feed, facts) or verifier.feed_verdict(finding, feed)
            elif finding.call in records:
                verdict = verifier.call_verdict(finding, records[finding.call], by_call[finding.call])
            else:
                verdict = verifier.verdict("unverifiable", message="no call to rebuild")
        except Exception as exc:  # noqa: BLE001 - a verdict we cannot reach must not stop the run
            verdict = verifier.verdict("unverifiable", message=f"lstmcheck could not verify "
                                       f"this ({type(exc).__name__}: {exc}); please report it")
        if feed is not None and verdict.status == "confirmed":
            met.add(feed.location)
        out.append(replace(finding, verify=verdict))
    # A forward pass a finding's note names (a symptom its cause explains) is reported.
    noted = {r.location for f in findings for r in f.related if r.path == f.path}
    out.extend(_unreported(verifier, facts, set(by_call) | noted | met, out))
    return out


def _feed_of(finding: Finding, feeds: dict[Location, list[Feed]], facts: FileFacts) -> Feed | None:
    """The feed a flow rule's finding is about: one at its call, or, for a finding placed
    where the fix goes (the view, the state, the loop over the batches), the feed whose rule
    check yields it."""
    if finding.code not in _FLOW_CODES:
        return None
    if finding.call in feeds:
        return _judged(finding, feeds[finding.call], facts)
    check = BY_CODE[finding.code].check_feed
    if check is None:
        return None
    return next((feed for feed in facts.feeds if finding in list(check(feed, facts))), None)


def _judged(finding: Finding, candidates: list[Feed], facts: FileFacts) -> Feed:
    """The feed whose rule yields this finding: several feeds can meet at one call (each
    configuration of the class, a call seen with and without its states)."""
    if len(candidates) > 1:
        check = BY_CODE[finding.code].check_feed
        for feed in candidates:
            if check is not None and finding in list(check(feed, facts)):
                return feed
    return candidates[-1]


def _unreported(verifier: Verifier, facts: FileFacts, flagged: set, findings: list[Finding]) -> list[Finding]:
    """LC010: torch rejects a call, or a forward pass whose shapes are all literal, and no
    finding there foresaw it."""
    confirmed = {f.call for f in findings if f.verify is not None and f.verify.status == "confirmed"
                 and f.verify.exception not in (None, "UserWarning")}
    out = []
    for record in facts.calls:
        built = verifier.built(record)
        attempt = built.attempt
        if attempt is None or attempt.exception is None or record.location in confirmed:
            continue
        ran = f"{built.rebuilt.text()} on the meta device"
        out.append(_rejects(verifier, record.path, record.location,
                            f"nn.{record.constructor}(...)", attempt, ran))
    for feed in facts.feeds:
        if feed.record is None or feed.input is None or feed.location in flagged \
                or not _literal(feed.input.dims) \
                or not all(s is not None and _literal(s.dims) for s in feed.states):
            continue
        module, _ = verifier.module(feed.record)
        tensors, _ = verifier.tensors(feed, module) if module is not None else (None, "")
        if tensors is None:
            continue
        ran = verifier.forward(module, *tensors, verifier.form(feed))
        if ran.exception not in (None, "NotRun"):  # (a pass that would crash torch is not run)
            out.append(_rejects(verifier, feed.path, feed.location,
                                f"this forward pass of nn.{feed.kind} (line {feed.layer.line})",
                                ran, verifier._ran(feed, *tensors)))
    return out


def _rejects(verifier: Verifier, path: str, location: Location, what: str, attempt: Any,
             ran: str) -> Finding:
    return Finding(
        code=TORCH_REJECTS.code, name=TORCH_REJECTS.name, severity="error", path=path,
        location=location, call=location,
        message=f"torch rejects {what}: {attempt.exception}: {_first_line(attempt.message)}",
        verify=verifier.verdict("confirmed", attempt.exception, attempt.message, ran),
    )
