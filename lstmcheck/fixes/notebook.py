"""Write fixed cell sources back into a notebook's JSON text, changing nothing else.

Re-serialising a notebook with `json.dumps` would reorder, re-indent and re-escape every line
of it (and its outputs), so a one-word fix would show as a rewrite in version control. Here
the JSON text is scanned for the span of each cell's `"source"` value, and only the spans of
the changed cells are replaced, written in the style they had: a string stays a string, a
list of lines stays a list laid out as before (one line per element or all on one), and
non-ASCII characters stay raw or escaped as they were. Cells are numbered as the notebook
reader numbers them: 1-based among all cells, markdown included.
"""

from __future__ import annotations

import json
import re

_BLANK = " \t\r\n"


class NotebookLayoutError(ValueError):
    """The text is not the notebook JSON this writer can edit in place."""


def _skip_blank(text: str, at: int) -> int:
    while at < len(text) and text[at] in _BLANK:
        at += 1
    return at


def _string_end(text: str, at: int) -> int:
    """The offset just past the JSON string that starts at `at`."""
    at += 1
    while at < len(text):
        char = text[at]
        if char == "\\":
            at += 2
            continue
        if char == '"':
            return at + 1
        at += 1
    raise NotebookLayoutError("unterminated string")


def _value_end(text: str, at: int) -> int:
    """The offset just past the JSON value that starts at `at` (no recursion: notebooks
    nest outputs deeply enough to matter)."""
    depth = 0
    while at < len(text):
        char = text[at]
        if char == '"':
            at = _string_end(text, at)
        elif char in "[{":
            depth += 1
            at += 1
        elif char in "]}":
            depth -= 1
            at += 1
        elif char in _BLANK or char in ",:":
            if depth == 0:
                return at
            at += 1
        else:  # a number, true, false or null
            while at < len(text) and text[at] not in _BLANK + ",]}":
                at += 1
        if depth == 0:
            return at
    raise NotebookLayoutError("unexpected end of the JSON text")


def _members(text: str, at: int) -> list[tuple[str, int, int]]:
    """The members of the object at `at` as (key, value start, value end)."""
    if text[at] != "{":
        raise NotebookLayoutError("expected an object")
    out = []
    at = _skip_blank(text, at + 1)
    while text[at] != "}":
        key_end = _string_end(text, at)
        key = json.loads(text[at:key_end])
        at = _skip_blank(text, key_end)
        if text[at] != ":":
            raise NotebookLayoutError("expected ':'")
        start = _skip_blank(text, at + 1)
        end = _value_end(text, start)
        out.append((key, start, end))
        at = _skip_blank(text, end)
        if text[at] == ",":
            at = _skip_blank(text, at + 1)
    return out


def _elements(text: str, at: int) -> list[tuple[int, int]]:
    if text[at] != "[":
        raise NotebookLayoutError("expected an array")
    out = []
    at = _skip_blank(text, at + 1)
    while text[at] != "]":
        end = _value_end(text, at)
        out.append((at, end))
        at = _skip_blank(text, end)
        if text[at] == ",":
            at = _skip_blank(text, at + 1)
    return out


def source_spans(text: str) -> dict[int, tuple[int, int]]:
    """Cell number (1-based, all cells) -> the span of its `"source"` value in `text`."""
    try:
        top = dict((key, start) for key, start, _ in _members(text, _skip_blank(text, 0)))
        if "cells" not in top:
            raise NotebookLayoutError("no cells (nbformat 4 keeps them at the top)")
        spans = {}
        for number, (start, _) in enumerate(_elements(text, top["cells"]), start=1):
            for key, value_start, value_end in _members(text, start):
                if key == "source":
                    spans[number] = (value_start, value_end)
        return spans
    except IndexError:
        raise NotebookLayoutError("unexpected end of the JSON text") from None


def _lines(source: str) -> list[str]:
    """A cell's text as Jupyter stores it in a list: split after each newline."""
    return [line for line in re.split(r"(?<=\n)", source) if line]


def _escapes(text: str) -> bool:
    """Whether the notebook writes non-ASCII characters as `\\u` escapes: it has such an
    escape and no raw one. Jupyter writes them raw, the default when nothing tells."""
    return (not any(ord(c) > 127 for c in text)
            and re.search(r"\\u(?!00[0-7])[0-9a-fA-F]{4}", text) is not None)


def _written(old: str, source: str, ascii_only: bool) -> str:
    """`source` as a JSON value in the style of the `old` one: the text before the first
    element, between elements and after the last are kept as they were."""
    dump = lambda s: json.dumps(s, ensure_ascii=ascii_only)  # noqa: E731
    if old.startswith('"'):
        return dump(source)
    lines = _lines(source)
    if not lines:
        return "[]"
    elements = _elements(old, 0)
    if not elements:
        return "[" + ", ".join(dump(line) for line in lines) + "]"
    before, after = old[1:elements[0][0]], old[elements[-1][1]:-1]
    if len(elements) > 1:
        between = old[elements[0][1]:elements[1][0]]
    else:
        between = "," + before if "\n" in before else ", "
    return "[" + before + between.join(dump(line) for line in lines) + after + "]"


def replace_sources(text: str, sources: dict[int, str]) -> str:
    """The notebook `text` with the source of each cell numbered in `sources` replaced."""
    spans = source_spans(text)
    unknown = set(sources) - set(spans)
    if unknown:
        raise NotebookLayoutError(f"no cell {min(unknown)} with a source")
    out, ascii_only = text, _escapes(text)
    for number in sorted(sources, reverse=True):
        start, end = spans[number]
        out = out[:start] + _written(text[start:end], sources[number], ascii_only) + out[end:]
    return out
