"""One report per mistake: the same finding (code, place and message) met twice, by a layer
inlined at two calls or a function walked in two configurations that agree, is said once.

Two findings of one code at one place whose messages differ only in what a shape leaves
unknown (`(4, 8, 64)` from the walk of a call that gives the batch, `(4, ?, 64)` from the
walk of the method on its own) are the same mistake too: the better-known one is kept.
So is an error and a warning at one place that says the same under an assumption (a walk
that knew the input's rank and one that assumed it): the error is kept."""

from __future__ import annotations

import re

from lstmcheck.records import Finding

# A shape as messages write it, `(4, ?, 64)`, `(2*num_layers, x.size(0), H)`: dims of
# numbers, `?`, names and arithmetic, with a comma; not `(this assumes a=1, b=2)`.
_DIM = r"(?:[\w .*+?/-]|\([^()]*\))"
_SHAPE = re.compile(rf"\({_DIM}*,{_DIM}*(?:,{_DIM}*)*\)")


def unique(findings: list[Finding]) -> list[Finding]:
    """The findings without repeats, in their order; of repeats the first is kept, or the
    first error where one said it as a warning, or the one whose shapes know more."""
    kept: list[Finding] = []
    at: dict[tuple, int] = {}
    for finding in findings:
        key = (finding.code, finding.path, finding.cell, finding.location, finding.severity,
               _shapes_blanked(finding.message))
        exact = (finding.code, finding.path, finding.cell, finding.location, finding.message)
        if exact in at:
            if finding.severity == "error" and kept[at[exact]].severity != "error":
                kept[at[exact]] = finding
            continue
        if key in at:
            if _unknowns(finding.message) < _unknowns(kept[at[key]].message):
                kept[at[key]] = finding
            at[exact] = at[key]
            continue
        at[key] = at[exact] = len(kept)
        kept.append(finding)
    return _without_assumed_repeats(kept)


_ASSUMES = " (this assumes "


def _without_assumed_repeats(findings: list[Finding]) -> list[Finding]:
    """The warnings dropped that repeat an error at their place word for word, only adding
    what they assume (the error's walk knew it)."""
    errors = {(f.code, f.path, f.cell, f.location, f.message) for f in findings
              if f.severity == "error"}
    return [f for f in findings if f.severity == "error" or _ASSUMES not in f.message
            or (f.code, f.path, f.cell, f.location, f.message.split(_ASSUMES)[0]) not in errors]


def _shapes_blanked(message: str) -> str:
    return _SHAPE.sub("(...)", message)


def _unknowns(message: str) -> int:
    return sum(shape.count("?") for shape in _SHAPE.findall(message))
