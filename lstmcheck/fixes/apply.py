"""Put edits into a text: spans replaced from the end backwards, so that the positions of the
ones before stay true. Only spans change, so formatting and comments around them survive."""

from __future__ import annotations

from typing import Iterable, Sequence

from lstmcheck.fixes.edits import line_starts
from lstmcheck.records import Edit, Finding, Location


def _offset(text: str, starts: list[int], line: int, column: int) -> int:
    if not 1 <= line <= len(starts):
        raise ValueError(f"line {line} is outside the file")
    line_end = starts[line] if line < len(starts) else len(text)
    offset = starts[line - 1] + column - 1
    if not starts[line - 1] <= offset <= line_end:
        raise ValueError(f"column {column} is outside line {line}")
    return offset


def span(text: str, starts: list[int], location: Location) -> tuple[int, int]:
    start = _offset(text, starts, location.line, location.column)
    end = _offset(text, starts, location.end_line, location.end_column)
    if end < start:
        raise ValueError("the span ends before it starts")
    return start, end


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """The text with every edit made; raises ValueError for an edit outside the text or two
    that overlap (callers choose non-overlapping fixes first)."""
    starts = line_starts(text)
    spans = sorted((span(text, starts, e.location), e.text) for e in edits)
    for ((_, end), _), ((start, _), _) in zip(spans, spans[1:]):
        if start < end:
            raise ValueError("edits overlap")
    out = text
    for (start, end), replacement in reversed(spans):
        out = out[:start] + replacement + out[end:]
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Spans that share a character, or two insertions at one point (their order is unknown)."""
    return a[0] < b[1] and b[0] < a[1] or a == b or (a[0] == a[1] and b[0] < a[0] < b[1]) \
        or (b[0] == b[1] and a[0] < b[0] < a[1])


def choose(text: str, findings: Sequence[Finding]) -> tuple[list[Finding], list[tuple[Finding, Finding]]]:
    """The findings whose fixes can be applied together, in file order, and the ones left out
    because an edit of theirs overlaps an edit of a fix chosen before them (with that one).
    A fix with an edit outside the text is left out, paired with itself."""
    starts = line_starts(text)
    chosen: list[tuple[Finding, list[tuple[int, int]]]] = []
    left_out: list[tuple[Finding, Finding]] = []
    for finding in findings:
        assert finding.fix is not None
        try:
            spans = [span(text, starts, e.location) for e in finding.fix.edits]
        except ValueError:
            left_out.append((finding, finding))
            continue
        ordered = sorted(spans)
        if any(_overlap(a, b) for a, b in zip(ordered, ordered[1:])):
            left_out.append((finding, finding))
            continue
        clash = next((other for other, taken in chosen
                      if any(_overlap(a, b) for a in spans for b in taken)), None)
        if clash is not None:
            left_out.append((finding, clash))
            continue
        chosen.append((finding, spans))
    return [f for f, _ in chosen], left_out
