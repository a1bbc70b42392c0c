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


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _verdict(finding: Finding) -> str:
    verdict = finding.verify
    return "" if verdict is None else f" [torch: {verdict.status}]"


def annotation(finding: Finding) -> str:
    loc = finding.location
    level = "error" if finding.severity == "error" else "warning"
    title = f"lstmcheck ({finding.code})"
    if finding.cell is not None:  # notebooks: lines count within the cell, as ruff's do
        title += f" cell {finding.cell}"
    properties = {
        "title": title, "file": relative_path(finding.path), "line": str(loc.line),
        "col": str(loc.column), "endLine": str(loc.end_line), "endColumn": str(loc.end_column),
    }
    head = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    message = f"{finding.code} {finding.message}{_verdict(finding)}"
    return f"::{level} {head}::{escape_data(message)}"


def write(results: list[FileResult], stream: TextIO = sys.stdout, **_: Any) -> None:
    for result in results:
        for finding in result.findings:
            stream.write(annotation(finding) + "\n")
