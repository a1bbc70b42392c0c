"""One report per mistake: the same finding (code, place and message) met twice, by a layer
inlined at two calls or a function walked in two configurations that agree, is said once."""

from __future__ import annotations

from lstmcheck.records import Finding


def unique(findings: list[Finding]) -> list[Finding]:
    """The findings without exact repeats, in their order; of repeats the first is kept, or
    the first error where one said it as a warning."""
    kept: list[Finding] = []
    at: dict[tuple, int] = {}
    for finding in findings:
        key = (finding.code, finding.path, finding.cell, finding.location, finding.message)
        if key not in at:
            at[key] = len(kept)
            kept.append(finding)
        elif finding.severity == "error" and kept[at[key]].severity != "error":
            kept[at[key]] = finding
    return kept
