"""`--output-format sarif`: SARIF 2.1.0 as GitHub code scanning takes it.

One run; `tool.driver.rules` lists every rule (id, name, short and full description, help
with the wrong and right example, default level) so that an alert can be read without
lstmcheck. Each result points at a URI relative to `%SRCROOT%` (the working directory), with a
1-based region in Unicode code points; the notes of a cross-statement finding become
`relatedLocations` and a fix with edits becomes `fixes`. A finding in a notebook is placed on
the line and column of the `.ipynb` file that hold it (code scanning shows the file's JSON);
its cell and the line within the cell are in `properties` and before the message ("cell 3,
line 2:"). Its fix is left out: its edits are in the cell's text, not in the file's JSON, and
a SARIF consumer applying them would break the notebook (`lstmcheck check --fix` applies them).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from lstmcheck import __version__
from lstmcheck.records import FileResult, Finding, Location
from lstmcheck.report.locations import cell_line_prefix, relative_path
from lstmcheck.report.notebook_lines import NotebookLines

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SOURCE_ROOT = "%SRCROOT%"


def _level(severity: str) -> str:
    return "warning" if severity == "warning" else "error"


def artifact(path: str) -> dict[str, Any]:
    """A file as SARIF names it: relative to the source root when it can be."""
    relative = relative_path(path)
    if Path(relative).is_absolute():
        return {"uri": Path(relative).as_uri()}
    return {"uri": quote(relative), "uriBaseId": SOURCE_ROOT}


def region(location: Location) -> dict[str, int]:
    out = {"startLine": max(location.line, 1), "startColumn": max(location.column, 1)}
    if location.end_line >= location.line:
        out["endLine"] = location.end_line
        if location.end_column >= 1 and (location.end_line > location.line
                                         or location.end_column >= location.column):
            out["endColumn"] = location.end_column
    return out


def _physical(path: str, location: Location, cell: int | None,
              notebooks: NotebookLines) -> dict[str, Any]:
    in_file = notebooks.location(path, location, cell) or location
    place: dict[str, Any] = {"physicalLocation": {"artifactLocation": artifact(path),
                                                  "region": region(in_file)}}
    if cell is not None:
        place["properties"] = {"cell": cell, "cellLine": location.line,
                               "cellColumn": location.column}
    return place


def rule_descriptor(rule: Any) -> dict[str, Any]:
    help_text = (f"{rule.explanation}\n\nWrong:\n\n{_indent(rule.wrong)}\n\n"
                 f"Right:\n\n{_indent(rule.right)}")
    help_markdown = (f"{rule.explanation}\n\nWrong:\n\n```python\n{rule.wrong}\n```\n\n"
                     f"Right:\n\n```python\n{rule.right}\n```")
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": _level(rule.severity.split()[0])},
        "properties": {"tags": ["pytorch", "correctness"]},
    }
    url = getattr(rule, "url", None)
    if url:
        descriptor["helpUri"] = url
    return descriptor


def _indent(text: str) -> str:
    return "    " + text.replace("\n", "\n    ")


def result_object(finding: Finding, rule_index: dict[str, int],
                  notebooks: NotebookLines | None = None) -> dict[str, Any]:
    notebooks = notebooks or NotebookLines()
    out: dict[str, Any] = {
        "ruleId": finding.code,
        "level": _level(finding.severity),
        "message": {"text": cell_line_prefix(finding.cell, finding.location.line) + finding.message},
        "locations": [_physical(finding.path, finding.location, finding.cell, notebooks)],
    }
    if finding.code in rule_index:
        out["ruleIndex"] = rule_index[finding.code]
    if finding.related:
        out["relatedLocations"] = [
            {"id": number, **_physical(note.path, note.location, note.cell, notebooks),
             "message": {"text": cell_line_prefix(note.cell, note.location.line) + note.message}}
            for number, note in enumerate(finding.related, start=1)
        ]
    fix = finding.fix
    if fix is not None and fix.edits and finding.cell is None:
        out["fixes"] = [{
            "description": {"text": fix.description},
            "artifactChanges": [{
                "artifactLocation": artifact(finding.path),
                "replacements": [{"deletedRegion": region(edit.location),
                                  "insertedContent": {"text": edit.text}}
                                 for edit in fix.edits],
            }],
            "properties": {"safe": fix.safe},
        }]
    if finding.verify is not None:
        out["properties"] = {"torch": finding.verify.status}
    return out


def document(results: list[FileResult]) -> dict[str, Any]:
    from lstmcheck.lint.rules import RULES

    rule_index = {rule.code: number for number, rule in enumerate(RULES)}
    notebooks = NotebookLines()
    failed = [r.path for r in results if getattr(r, "internal_error", False)]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "lstmcheck",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [rule_descriptor(rule) for rule in RULES],
        }},
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": _directory_uri(Path.cwd())}},
        "invocations": [{"executionSuccessful": not failed}],
        "columnKind": "unicodeCodePoints",
        "results": [result_object(f, rule_index, notebooks)
                    for r in results for f in r.findings],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _directory_uri(directory: Path) -> str:
    uri = directory.as_uri()
    return uri if uri.endswith("/") else uri + "/"


def write(results: list[FileResult], stream: TextIO = sys.stdout, **_: Any) -> None:
    stream.write(json.dumps(document(results), indent=2) + "\n")
