"""`lstmcheck shape --json`: one JSON object, shapes as lists of ints and symbol strings."""

from __future__ import annotations

import json
from typing import Any

from lstmcheck.calculator import ShapeAnswer
from lstmcheck.formulas import Tensor


def _shape(tensor: Tensor | None) -> list[Any] | None:
    return None if tensor is None else list(tensor.shape)


def shape_document(answer: ShapeAnswer, verified: dict[str, Any] | None = None) -> dict[str, Any]:
    s = answer.shapes
    doc: dict[str, Any] = {
        "module": answer.module_text,
        "mode": answer.ctor.mode,
        "input": _shape(s.input),
        "output": _shape(s.output),
        "h_n": _shape(s.h_n),
        "c_n": _shape(s.c_n),
        "h_0": _shape(s.h_0),
        "c_0": _shape(s.c_0),
        "formulas": {
            key: t.formula
            for key, t in (("input", s.input), ("output", s.output), ("h_n", s.h_n),
                           ("c_n", s.c_n), ("h_0", s.h_0), ("c_0", s.c_0)) if t is not None
        },
        "parameters": [{"name": p.name, "shape": list(p.shape)} for p in s.parameters],
        "num_parameters": s.num_parameters,
        "dtype": answer.dtype,
        "num_bytes": answer.num_bytes,
        "notes": list(answer.notes),
        "warnings": list(answer.warnings),
    }
    if verified is not None:
        doc["verify"] = verified
    return doc


def render(answer: ShapeAnswer, verified: dict[str, Any] | None = None) -> str:
    return json.dumps(shape_document(answer, verified), indent=2)
