"""What a lint rule is: a code, a name, its own examples, and a pure function of records.

A rule judges either one call of a recurrent layer (`check`, a `CallRecord`) or one place
where a tensor meets a layer (`check_feed`, a `Feed` from the flow pass), with the file's other
records at hand. It never sees libcst, a file or the terminal, so it can be tested with plain
data, and `lstmcheck rule CODE` can explain it from the same object the engine runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from lstmcheck.records import (
    CallRecord,
    Feed,
    FileFacts,
    Finding,
    Fix,
    Location,
    Problem,
    Related,
    Severity,
    Tensor,
    TorchOutcome,
)
from lstmcheck.lint.spans import plain
from lstmcheck.signatures import CONSTRUCTORS
from lstmcheck.sizes import Size, differ, same
from lstmcheck.validate import check_values

HYPOTHETICAL = ", a configuration no site in the file builds"  # the tail of such a value's origin

Check = Callable[[CallRecord, FileFacts], Iterable[Finding]]
FeedCheck = Callable[[Feed, FileFacts], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str  # "error", "warning", or "error or warning"
    summary: str
    explanation: str
    wrong: str
    right: str
    valid: tuple[str, ...]  # snippets that must stay silent
    invalid: tuple[str, ...]  # snippets that must be flagged by this rule
    check: Check | None = None
    check_feed: FeedCheck | None = None
    verify_only: bool = False  # reported by `check --verify` alone (LC010)

    def finding(
        self,
        record: CallRecord,
        message: str,
        *,
        severity: Severity | None = None,
        location: Location | None = None,
        outcome: TorchOutcome | None = None,
        related: tuple[Related, ...] = (),
        fix: Fix | None = None,
    ) -> Finding:
        """A finding about one call. Like a feed's, it names the configuration the call is
        made in, and is a warning when no site in the file builds that configuration."""
        default: Severity = "warning" if self.severity == "warning" else "error"
        severity = severity or default
        if record.when:
            message = f"{record.when}, {message}"
            if fix is not None and any(record.location.contains(edit.location) for edit in fix.edits):
                # the call is built in other configurations too: editing it changes them all
                fix = Fix(fix.description, (), safe=False)
        if record.hypothetical:
            severity = "warning"
            message += " (no call in this file builds that configuration)"
        if location is not None and not record.location.contains(location) \
                and not any(record.location.contains(r.location) for r in related):
            # an argument given through `**`, reported where its keyword is written (a note
            # in the call already shows it)
            related += (Related(record.path, record.location,
                                f"nn.{record.constructor} takes it here, through **"),)
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity,
            path=record.path,
            location=location or record.location,
            message=message,
            outcome=outcome,
            call=record.location,
            related=related,
            fix=fix,
        )

    def feed_finding(self, feed: Feed, message: str, *, assumed: tuple[str, ...] = (),
                     outcome: TorchOutcome | None = None, related: tuple[Related, ...] = (),
                     fix: Fix | None = None, location: Location | None = None) -> Finding:
        """A finding about where the tensors meet the layer, reported at `location` (the span
        its fix changes; the meeting point when none is given), which stays its `call` so
        that a noqa there applies and --verify finds the feed. A warning when it rests on a
        default, or when no site in the file builds the configuration it happens in."""
        severity: Severity = "warning" if assumed or self.severity == "warning" else "error"
        if feed.when:
            message = f"{feed.when}, {message}"
        if feed.hypothetical:  # "when X=v" and the note below say it once
            assumed = tuple(a for a in assumed if not a.endswith(HYPOTHETICAL))
        if assumed:
            message += f" (this assumes {'; '.join(assumed)})"
        if feed.hypothetical:
            severity = "warning"
            message += " (no call in this file builds that configuration)"
        return Finding(code=self.code, name=self.name, severity=severity, path=feed.path,
                       location=location or feed.location, message=message, outcome=outcome,
                       call=feed.location, related=related, fix=fix)


def meeting(feed: Feed, what: str) -> Related:
    """The note at the call where the tensors meet the layer (a noqa there applies too)."""
    return Related(feed.path, feed.location, f"tensors meet here: {what}")


def note(feed: Feed, location: Location | None, what: str) -> tuple[Related, ...]:
    return () if location is None else (Related(feed.path, location, what),)


def forward_error(pattern: str, exception: str | None = "RuntimeError") -> TorchOutcome:
    """What a flow rule predicts torch raises at the first forward pass: `--verify` runs that
    pass on meta tensors and matches the exception type (any, when None) and this regular
    expression."""
    return TorchOutcome("forward-raises", exception, pattern, source="pattern")


# A matrix product of the wrong sizes, as torch words it on the CPU and on the meta device
# (where --verify runs): how a Linear, and an LSTM's packed path, reject features.
MATMUL_REJECTS = r"mat1 and mat2 shapes cannot be multiplied|a and b must have same reduction dim"
# torch's texts for a feature size that does not fit: the RNN family's check, a cell's, and
# the matrix product.
WRONG_FEATURES = forward_error(r"input\.size\(-1\) must be equal to input_size|"
                               r"input has inconsistent input_size|" + MATMUL_REJECTS)


def value_problems(record: CallRecord) -> Iterable[tuple[Problem, Location | None]]:
    """torch's value checks on the call, each with the place of the argument it is about."""
    for problem in check_values(CONSTRUCTORS[record.constructor], record.call):
        value = record.call.arguments.get(problem.params[0]) if problem.params else None
        yield problem, value.location if value is not None else None


def torch_says(outcome: TorchOutcome) -> str:
    """How a message quotes torch: what it raises, or that it fails only at forward."""
    if outcome.kind == "raises":
        return f'torch raises {outcome.exception}: "{outcome.message}"'
    if outcome.kind == "forward-raises":
        return f'at forward torch raises {outcome.exception}: "{outcome.message} ..."'
    if outcome.kind == "warns":
        return f'torch warns: "{outcome.message}"'
    return "torch accepts it without a word"


def short_call(record: CallRecord, limit: int = 48) -> str:
    """The call's text when it is short and on one line, else `nn.LSTM(...)`."""
    text = plain(record.text)
    return text if len(text) <= limit else f"nn.{record.constructor}(...)"


def shape_text(dims: tuple[Size | None, ...] | None) -> str:
    """`(2*num_layers, batch, hidden_size)`, with `?` for what is not known; one dim as
    Python writes a 1-tuple, `(16,)`, so that it does not read as a number in brackets."""
    if dims is None:
        return "(?)"
    text = ", ".join("?" if d is None else str(d) for d in dims)
    return f"({text},)" if len(dims) == 1 else f"({text})"


def record_at(facts: FileFacts, location: Location | None) -> CallRecord | None:
    """The recurrent layer whose constructor call is at `location`."""
    for record in facts.calls:
        if record.location == location:
            return record
    return None


def differ_by_default(a: Size | None, b: Size | None, facts: FileFacts) -> tuple[str, ...]:
    """When two sizes are not certainly unequal as written but are once each named size takes
    its parameter's default: the defaults relied on ("emb_dim defaults to 100 in __init__()").
    Empty otherwise. A finding on this is a warning: callers may pass other values."""
    if a is None or b is None or differ(a, b) or same(a, b):
        return ()
    values = {key: value for key, value, _ in facts.defaults}
    left, right = a.evaluate(values), b.evaluate(values)
    if left is None or right is None or left == right:
        return ()
    keys = a.keys | b.keys
    return tuple(origin for key, _, origin in facts.defaults if key in keys)


def assumptions(*sizes: Size | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a for s in sizes if s is not None for a in s.assumed))


def source_of(tensor: Tensor) -> str:
    return tensor.origin
