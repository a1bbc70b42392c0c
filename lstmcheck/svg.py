"""The picture of diagram.py as a standalone SVG, for docs, slides and notebooks.

Plain SVG 1.1 written by hand: boxes, lines with arrowheads, text in a monospace font; no
script, no external reference, so it renders the same in a browser, rsvg or a slide tool.
The file is written whole or not at all (a temporary file renamed into place).
"""

from __future__ import annotations

import os
from xml.sax.saxutils import escape

from lstmcheck.atomic import write_atomically
from lstmcheck.calculator import ShapeAnswer
from lstmcheck.diagram import Picture, picture

_CHAR_W = 7.8  # width of one character of 13 px monospace, for sizing boxes
_BOX_X, _BOX_H, _STEP = 40, 46, 44
_INK, _BOX_FILL, _STATE = "#1f2937", "#e0ecff", "#7c3aed"


class SvgError(OSError):
    """The SVG file could not be written: one line for the user."""


def _text(x: float, y: float, text: str, *, size: int = 13, weight: str = "normal",
          fill: str = _INK, anchor: str = "start") -> str:
    return (f'<text x="{x:.0f}" y="{y:.0f}" font-size="{size}" font-weight="{weight}" '
            f'fill="{fill}" text-anchor="{anchor}">{escape(text)}</text>')


def _arrow(x1: float, y1: float, x2: float, y2: float, color: str = _INK,
           dashed: bool = False) -> str:
    dash = ' stroke-dasharray="4 4"' if dashed else ""
    marker = "state" if color == _STATE else "data"
    return (f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="{color}" '
            f'stroke-width="1.6"{dash} marker-end="url(#{marker})"/>')


def render(pic: Picture) -> str:
    """The SVG document for a picture: output at the top, input at the bottom."""
    box_w = max(340, *(int((len(b.title) + len(b.detail) + 6) * _CHAR_W) for b in pic.blocks))
    mid = _BOX_X + 40
    right = _BOX_X + box_w
    longest = max([len(b.state_in) for b in pic.blocks] + [len(b.state_out) for b in pic.blocks])
    width = int(max(right + 60 + longest * _CHAR_W, len(pic.title) * 8.4,
                    (len(pic.output) + sum(len(f) + 5 for f in pic.finals)) * _CHAR_W) + 50)
    body: list[str] = [_text(20, 28, pic.title, size=14, weight="bold")]
    y = 64
    body.append(_text(20, y, "     ".join((pic.output, *pic.finals)), weight="bold"))
    y += 8
    for block in reversed(pic.blocks):  # top-down: each block with the arrow above it
        body.append(_arrow(mid, y + _STEP, mid, y + 4))
        if block.below:
            body.append(_text(mid + 12, y + _STEP / 2 + 5, block.below))
        y += _STEP
        if block.gap:
            body.append(f'<line x1="{mid}" y1="{y}" x2="{mid}" y2="{y + 30}" stroke="{_INK}" '
                        'stroke-width="1.6" stroke-dasharray="3 4"/>')
            body.append(_text(mid + 12, y + 20, f"{block.title}: {block.detail}", fill="#6b7280"))
            y += 30
            continue
        body.append(f'<rect x="{_BOX_X}" y="{y}" width="{box_w}" height="{_BOX_H}" rx="8" '
                    f'fill="{_BOX_FILL}" stroke="{_INK}" stroke-width="1.4"/>')
        body.append(_text(_BOX_X + 12, y + 28, block.title, weight="bold"))
        body.append(_text(_BOX_X + 12 + (len(block.title) + 3) * _CHAR_W, y + 28, block.detail))
        body.append(_arrow(right, y + 12, right + 46, y + 12, _STATE))
        body.append(_text(right + 54, y + 16, block.state_out, fill=_STATE))
        body.append(_arrow(right + 46, y + _BOX_H - 10, right + 4, y + _BOX_H - 10, _STATE))
        body.append(_text(right + 54, y + _BOX_H - 6, block.state_in, fill=_STATE))
        y += _BOX_H
    body.append(_arrow(mid, y + _STEP, mid, y + 4))
    y += _STEP
    body.append(_text(20, y + 14, pic.input, weight="bold"))
    height = y + 34
    defs = (
        "<defs>"
        f'<marker id="data" markerWidth="10" markerHeight="10" refX="8" refY="4" orient="auto">'
        f'<path d="M0,0 L8,4 L0,8 z" fill="{_INK}"/></marker>'
        f'<marker id="state" markerWidth="10" markerHeight="10" refX="8" refY="4" orient="auto">'
        f'<path d="M0,0 L8,4 L0,8 z" fill="{_STATE}"/></marker>'
        "</defs>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xml:space="preserve" '
        'font-family="DejaVu Sans Mono, Menlo, Consolas, monospace">\n'
        f"<title>{escape(pic.title)}</title>\n{defs}\n"
        f'<rect width="{width}" height="{height}" fill="white"/>\n'
        + "\n".join(body) + "\n</svg>\n"
    )


def svg_text(answer: ShapeAnswer) -> str:
    return render(picture(answer))


def write_svg(answer: ShapeAnswer, path: str) -> None:
    """Write the picture to `path`, whole or not at all."""
    document = svg_text(answer)
    target = os.path.abspath(path)
    if os.path.isdir(target):
        raise SvgError(f"--svg {path}: is a directory; give a file name such as layer.svg")
    try:
        write_atomically(target, document.encode("utf-8"), as_new_file=True)
    except OSError as exc:
        raise SvgError(f"--svg {path}: cannot write there: {exc.strerror or exc}") from None
