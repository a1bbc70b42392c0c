"""`--output-format json`: a JSON array of findings; lines and columns are 1-based.

With --show-shapes the top level is an object instead: {"findings": [...], "layers": [...]}.
"""

from __future__ import annotations

import json as _json
import sys
from typing import Any, TextIO

from lstmcheck.records import FileResult, Finding, LayerShapes


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
    }


def write(results: list[FileResult], stream: TextIO = sys.stdout, *, show_shapes: bool = False,
          **_: Any) -> None:
    objects: Any = [finding_object(f) for r in results for f in r.findings]
    if show_shapes:
        objects = {"findings": objects,
                   "layers": [layer_object(layer) for r in results for layer in r.layers]}
    stream.write(_json.dumps(objects, indent=2) + "\n")
