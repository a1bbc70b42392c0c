"""`--output-format json`: one JSON array; lines and columns are 1-based."""

from __future__ import annotations

import json as _json
import sys
from typing import Any, TextIO

from lstmcheck.records import FileResult, Finding


def finding_object(finding: Finding) -> dict[str, Any]:
    loc = finding.location
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity,
        "path": finding.path,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "message": finding.message,
    }


def write(results: list[FileResult], stream: TextIO = sys.stdout, **_: Any) -> None:
    objects = [finding_object(f) for r in results for f in r.findings]
    stream.write(_json.dumps(objects, indent=2) + "\n")
