"""`--output-format github`: GitHub Actions workflow commands, one annotation per finding.

Everything the runner reads is escaped as its toolkit escapes it: in the message `%`, CR and
LF; in properties (file, title) also `:` and `,`. So a file named with a newline or `::` cannot
end the command early and inject another (`::add-mask::`, `::stop-commands::`).
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from lstmcheck.records import FileResult, Finding
from lstmcheck.report.locations import relative_path
from lstmcheck.report.notebook_lines import NotebookLines


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _verdict(finding: Finding) -> str:
    verdict = finding.verify
    return "" if verdict is None else f" [torch: {verdict.status}]"


def annotation(finding: Finding, notebooks: NotebookLines | None = None) -> str:
    """One workflow command. In a notebook the annotation goes on the line of the `.ipynb`
    file that holds the cell's line (GitHub shows the file's JSON), and its title names the
    cell and the line within it."""
    loc = finding.location
    level = "error" if finding.severity == "error" else "warning"
    title = f"lstmcheck ({finding.code})"
    if finding.cell is not None:
        title += f" cell {finding.cell}, line {loc.line}"
        loc = (notebooks or NotebookLines()).location(finding.path, loc, finding.cell) or loc
    properties = {
        "title": title, "file": relative_path(finding.path), "line": str(loc.line),
        "col": str(loc.column), "endLine": str(loc.end_line), "endColumn": str(loc.end_column),
    }
    head = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    message = f"{finding.code} {finding.message}{_verdict(finding)}"
    return f"::{level} {head}::{escape_data(message)}"


def write(results: list[FileResult], stream: TextIO = sys.stdout, **_: Any) -> None:
    notebooks = NotebookLines()
    for result in results:
        for finding in result.findings:
            stream.write(annotation(finding, notebooks) + "\n")
