"""`lstmcheck shape`: the human answer, a table of shapes with the formulas they come from.

The table is drawn here, with plain ANSI styles, not with rich: `shape` is typed dozens of
times a day, and importing rich.console alone would spend half of its start-up budget (see
benchmarks/startup.py). Colour follows NO_COLOR / FORCE_COLOR and whether stdout is a tty.
"""

from __future__ import annotations

import shutil
import textwrap
from typing import Any, TextIO

from lstmcheck.calculator import ShapeAnswer
from lstmcheck.report.text import use_color
from lstmcheck.formulas import Dim, format_shape

_BOLD, _DIM, _CYAN, _YELLOW, _GREEN, _RESET = (
    "\033[1m", "\033[2m", "\033[36m", "\033[33m", "\033[32m", "\033[0m")


def _count(n: Dim) -> str:
    return f"{n:,}" if isinstance(n, int) else str(n)


def _bytes(n: Dim) -> str:
    if not isinstance(n, int):
        return f"{n} bytes"
    if n < 1024:
        return f"{n:,} bytes"
    if n >= 1024**6:  # beyond a float's comfort: say the power
        return f"about 2**{n.bit_length() - 1} bytes"
    size = float(n)
    for unit in ("KiB", "MiB", "GiB", "TiB", "PiB"):
        size /= 1024
        if size < 1024 or unit == "PiB":
            break
    return f"{size:,.1f} {unit}"


class _Painter:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, style: str, text: str) -> str:
        return f"{style}{text}{_RESET}" if self.color and text else text


def _table(rows: list[tuple[str, ...]], styles: tuple[str, ...], paint: _Painter) -> list[str]:
    """Left-aligned columns, a bold header row first, two spaces between columns."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = []
        for i, cell in enumerate(row):
            padded = cell.ljust(widths[i]) if i < len(row) - 1 else cell
            cells.append(paint(_BOLD if n == 0 else styles[i], padded))
        lines.append("  ".join(cells).rstrip())
    return lines


def _rows(answer: ShapeAnswer) -> list[tuple[str, ...]]:
    s, cell = answer.shapes, answer.ctor.is_cell
    tensors = [("input", s.input), ("h_0 (you pass)" if not cell else "hx (you pass)", s.h_0)]
    if s.c_0 is not None:
        tensors.append(("c_0 (you pass)" if not cell else "cx (you pass)", s.c_0))
    tensors.append(("output" if not cell else "h' (returned)", s.output))
    if not cell:
        tensors.append(("h_n", s.h_n))
    if s.c_n is not None:
        tensors.append(("c_n" if not cell else "c' (returned)", s.c_n))
    return [("tensor", "shape", "formula")] + [
        (label, format_shape(t.shape), t.formula) for label, t in tensors
    ]


def _notes(label: str, texts: tuple[str, ...], style: str, paint: _Painter, width: int) -> list[str]:
    lines = []
    indent = " " * (len(label) + 1)
    for text in texts:
        wrapped = textwrap.wrap(text, width=max(width - len(indent), 40))
        lines.append(f"{paint(style, label)} {wrapped[0]}")
        lines.extend(indent + more for more in wrapped[1:])
    return lines


def _can_draw_boxes(stream: TextIO) -> bool:
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        "─│┌┐└┘▲◀▶┆".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _paragraphs(texts: list[str], width: int) -> list[str]:
    lines: list[str] = []
    for text in texts:
        lines += textwrap.wrap(text, width=max(width, 40)) + [""]
    return lines[:-1]


def print_answer(answer: ShapeAnswer, stream: TextIO, verified: dict[str, Any] | None = None,
                 explain: bool = False, diagram: bool = False) -> None:
    paint = _Painter(use_color(stream))
    width = min(shutil.get_terminal_size((100, 24)).columns, 100)
    s = answer.shapes
    out = [paint(_BOLD, answer.module_text), ""]
    out += _table(_rows(answer), ("", _CYAN, _DIM), paint)
    out.append("")
    params = [("parameter", "shape")] + [(p.name, format_shape(p.shape)) for p in s.parameters]
    out += _table(params, ("", _CYAN), paint)
    if any("{k}" in p.name for p in s.parameters):
        out.append(paint(_DIM, "l{k}: one set for each layer k = 1 .. num_layers-1"))
    out.append("")
    out.append(f"{paint(_BOLD, _count(s.num_parameters))} parameters, "
               f"{_bytes(answer.num_bytes)} as {answer.dtype}")
    out += _notes("warning:", answer.warnings, _YELLOW, paint, width)
    out += _notes("note:", answer.notes, _DIM, paint, width)
    if verified is not None:
        out += _notes("verified", (verified["summary"],), _GREEN, paint, width)
    if diagram:
        from lstmcheck.diagram import draw, picture

        out += [""] + draw(picture(answer), unicode=_can_draw_boxes(stream))[2:]
    if explain:
        from lstmcheck.explain import explain_answer

        out += ["", paint(_BOLD, "What this means")] + _paragraphs(explain_answer(answer), width)
    stream.write("\n".join(out) + "\n")
