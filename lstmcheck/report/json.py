"""`--output-format json`: a JSON array of findings; lines and columns are 1-based, end
columns exclusive. Each finding carries its `related` places (with a label), its `fix`
(description, applicability, edits) or null, its notebook `cell` or null, and a `url`.

With --show-shapes the top level is an object instead: {"findings": [...], "layers": [...]},
each layer with its path, line, column, call, shapes, note and notebook `cell` or null.
"""

from __future__ import annotations

import json as _json
import sys
from typing import Any, TextIO

from lstmcheck.records import FileResult, Finding, Fix, LayerShapes, Location

# Where a rule's documentation lives, per code ("...#lc003"); None until the project
# publishes its rule pages, so that no finding links to a page that does not exist.
DOCS_URL: str | None = None


def _span(location: Location) -> dict[str, int]:
    return {"line": location.line, "column": location.column,
            "end_line": location.end_line, "end_column": location.end_column}


def fix_object(fix: Fix | None) -> dict[str, Any] | None:
    """ruff's shape: what it does, whether --fix applies it, and the edits (end exclusive).
    Advice with nothing to apply (LC001's "pass the hidden size") is no fix: the message says it."""
    if fix is None or not fix.edits:
        return None
    return {"description": fix.description,
            "applicability": "safe" if fix.safe else "unsafe",
            "edits": [{**_span(e.location), "content": e.text} for e in fix.edits]}


def finding_object(finding: Finding) -> dict[str, Any]:
    loc = finding.location
    out: dict[str, Any] = {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity,
        "path": finding.path,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "message": finding.message,
        "cell": finding.cell,
        "related": [{"path": r.path, **_span(r.location), "message": r.message,
                     **({"cell": r.cell} if r.cell is not None else {})}
                    for r in finding.related],
        "fix": fix_object(finding.fix),
        "url": f"{DOCS_URL}#{finding.code.lower()}" if DOCS_URL else None,
    }
    if finding.verify is not None:
        verdict = finding.verify
        out["verify"] = {"status": verdict.status, "torch_version": verdict.torch_version,
                         "exception": verdict.exception, "message": verdict.message,
                         "ran": verdict.ran}
    return out


def layer_object(layer: LayerShapes) -> dict[str, Any]:
    return {
        "path": layer.path,
        "line": layer.location.line,
        "column": layer.location.column,
        "call": layer.call,
        "shapes": dict(layer.shapes),
        "note": layer.note,
        "cell": layer.cell,
    }


def write(results: list[FileResult], stream: TextIO = sys.stdout, *, show_shapes: bool = False,
          **_: Any) -> None:
    objects: Any = [finding_object(f) for r in results for f in r.findings]
    if show_shapes:
        objects = {"findings": objects,
                   "layers": [layer_object(layer) for r in results for layer in r.layers]}
    stream.write(_json.dumps(objects, indent=2) + "\n")
