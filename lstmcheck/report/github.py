"""`--output-format github`: GitHub Actions workflow commands, one annotation per finding."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from lstmcheck.records import FileResult, Finding


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _verdict(finding: Finding) -> str:
    verdict = finding.verify
    return "" if verdict is None else f" [torch: {verdict.status}]"


def write(results: list[FileResult], stream: TextIO = sys.stdout, **_: Any) -> None:
    for result in results:
        for f in result.findings:
            loc = f.location
            level = "error" if f.severity == "error" else "warning"
            stream.write(
                f"::{level} title=lstmcheck ({f.code}),file={f.path},line={loc.line},"
                f"col={loc.column},endLine={loc.end_line},endColumn={loc.end_column}::"
                f"{_escape(f'{f.code} {f.message}' + _verdict(f))}\n"
            )
