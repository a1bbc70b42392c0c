"""`--output-format gitlab`: a GitLab Code Quality report (a JSON array of issues).

Each issue has the fields GitLab documents: description, check_name, fingerprint, severity,
location.path and location.lines.begin. The fingerprint must stay the same from one pipeline
to the next while the finding does, so it hashes the path, the code, the message and the text
of the line, never the line number (a line added above must not make a "new" issue). Two
findings alike in all of these get their rank among them added, so neither hides the other.
"""

from __future__ import annotations

import hashlib
import json
import sys
from typing import Any, TextIO

from lstmcheck.records import FileResult, Finding
from lstmcheck.report.locations import cell_line_prefix, relative_path
from lstmcheck.report.notebook_lines import NotebookLines

# GitLab's scale is info, minor, major, critical, blocker.
SEVERITY = {"error": "major", "warning": "minor"}


def fingerprint(finding: Finding, line_text: str, rank: int) -> str:
    parts = [relative_path(finding.path), finding.code, finding.message,
             line_text.strip(), str(finding.cell or ""), str(rank)]
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def issues(results: list[FileResult]) -> list[dict[str, Any]]:
    out = []
    notebooks = NotebookLines()
    for result in results:
        seen: dict[tuple[str, str, str, int | None], int] = {}
        for finding in result.findings:
            line_text = result.snippet(finding.location.line, finding.cell) or ""
            key = (finding.code, finding.message, line_text.strip(), finding.cell)
            rank = seen.get(key, 0)
            seen[key] = rank + 1
            # A notebook's lines are the .ipynb file's, where GitLab shows them; the
            # description names the cell and the line within it.
            loc = notebooks.location(finding.path, finding.location, finding.cell) \
                or finding.location
            out.append({
                "description": f"{cell_line_prefix(finding.cell, finding.location.line)}"
                               f"{finding.code} {finding.message}",
                "check_name": finding.code,
                "fingerprint": fingerprint(finding, line_text, rank),
                "severity": SEVERITY.get(finding.severity, "major"),
                "location": {
                    "path": relative_path(finding.path),
                    "lines": {"begin": loc.line, "end": max(loc.end_line, loc.line)},
                },
            })
    return out


def write(results: list[FileResult], stream: TextIO = sys.stdout, **_: Any) -> None:
    stream.write(json.dumps(issues(results), indent=2) + "\n")
