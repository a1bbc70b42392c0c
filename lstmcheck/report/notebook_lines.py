"""Where a notebook cell's line lies in the `.ipynb` file itself.

GitHub annotations, code scanning (SARIF) and GitLab's Code Quality widget place a finding on a
line of the file they show, and for a notebook that file is its JSON. A line counted within
a cell lands on the wrong line there (line 3 of cell 5 is not line 3 of the file), so these
formats are given the file's own line and column: the place inside the JSON string that holds
the cell's line. The cell and its line still appear in their messages.

The JSON is scanned once per notebook with the offsets of each cell's source strings kept;
escapes (`\\n`, `\\u00e9`, a surrogate pair) are walked so that a column counts the file's
code points, not the decoded text's. Anything unexpected (the file gone or changed, standard
input, a cell not found) leaves the finding's own line: never a wrong guess.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from json.decoder import scanstring
from json.scanner import make_scanner
from pathlib import Path

from lstmcheck.records import Location

_SPACE = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null"
                     r"|NaN|-?Infinity")
_SOURCE_KEYS = ("source", "input")  # nbformat 4 and 3
_SKIP = make_scanner(json.JSONDecoder())  # C: outputs and metadata need no offsets


class _Unreadable(Exception):
    """The text is not the JSON it was when lstmcheck read it: keep the cell's own lines."""


@dataclass(frozen=True)
class _Piece:
    """One JSON string of a cell's source: its decoded text and where its opening quote is."""

    text: str
    quote: int


class RawNotebook:
    """A notebook's JSON text with its cells' source strings located."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cells: list[list[_Piece]] = []  # 1-based cell N is cells[N - 1]
        end = self._value(0, ())
        if _SPACE.match(text, end).end() != len(text):
            raise _Unreadable("text after the JSON value")

    # -- scanning ---------------------------------------------------------------------------
    def _value(self, at: int, path: tuple) -> int:
        at = _SPACE.match(self.text, at).end()
        if at >= len(self.text):
            raise _Unreadable("the JSON ends early")
        if not self._may_hold_source(path):
            try:
                return _SKIP(self.text, at)[1]
            except StopIteration:
                raise _Unreadable("not a JSON value") from None
        char = self.text[at]
        if char == '"':
            text, end = scanstring(self.text, at + 1)
            if self._is_source(path):
                self.cells[-1].append(_Piece(text, at))
            return end
        if char == "{":
            return self._object(at + 1, path)
        if char == "[":
            return self._array(at + 1, path)
        match = _SCALAR.match(self.text, at)
        if match is None or match.end() == at:
            raise _Unreadable(f"unexpected {char!r}")
        return match.end()

    def _object(self, at: int, path: tuple) -> int:
        if self._is_cell(path):
            self.cells.append([])
        at = _SPACE.match(self.text, at).end()
        if self.text.startswith("}", at):
            return at + 1
        while True:
            at = _SPACE.match(self.text, at).end()
            if not self.text.startswith('"', at):
                raise _Unreadable("a key that is not a string")
            key, at = scanstring(self.text, at + 1)
            at = _SPACE.match(self.text, at).end()
            if not self.text.startswith(":", at):
                raise _Unreadable("a key without a value")
            at = self._value(at + 1, path + (key,))
            at = _SPACE.match(self.text, at).end()
            if self.text.startswith(",", at):
                at += 1
            elif self.text.startswith("}", at):
                return at + 1
            else:
                raise _Unreadable("an object not closed")

    def _array(self, at: int, path: tuple) -> int:
        at = _SPACE.match(self.text, at).end()
        if self.text.startswith("]", at):
            return at + 1
        while True:
            at = self._value(at, path + (None,))
            at = _SPACE.match(self.text, at).end()
            if self.text.startswith(",", at):
                at += 1
            elif self.text.startswith("]", at):
                return at + 1
            else:
                raise _Unreadable("an array not closed")

    @staticmethod
    def _may_hold_source(path: tuple) -> bool:
        """Whether a value at `path` is, or holds, a cell's source."""
        for shape in (("cells", None, "source", None), ("cells", None, "input", None),
                      ("worksheets", None, "cells", None, "source", None),
                      ("worksheets", None, "cells", None, "input", None)):
            if path == shape[:len(path)]:
                return True
        return False

    @staticmethod
    def _is_cell(path: tuple) -> bool:
        """An object that is one of the notebook's cells (nbformat 4, or 3's worksheets)."""
        return path in (("cells", None), ("worksheets", None, "cells", None))

    @staticmethod
    def _is_source(path: tuple) -> bool:
        if path and path[-1] is None:
            path = path[:-1]
        return (len(path) >= 3 and path[-1] in _SOURCE_KEYS
                and RawNotebook._is_cell(path[:-1]))

    # -- mapping ----------------------------------------------------------------------------
    def place(self, cell: int, line: int, column: int) -> tuple[int, int] | None:
        """(line, column) in the file of column `column` on line `line` of cell `cell`, all
        1-based; None when the cell has no such line."""
        if not 1 <= cell <= len(self.cells) or line < 1 or column < 1:
            return None
        seen = 1  # the cell's line at which the current piece starts
        for piece in self.cells[cell - 1]:
            breaks = piece.text.count("\n")
            # The line starts in this piece, not at the end of one that closes with "\n".
            if line - seen < breaks or (line - seen == breaks
                                        and not piece.text.endswith("\n")):
                start = 0
                for _ in range(line - seen):
                    start = piece.text.index("\n", start) + 1
                index = min(start + column - 1, len(piece.text))
                return self._file_place(self._raw_index(piece.quote + 1, index))
            seen += breaks
        return None

    def _raw_index(self, at: int, decoded: int) -> int:
        """The file offset of the decoded string's character `decoded`, from `at` (just after
        the opening quote): each escape counts once, a surrogate pair once."""
        text = self.text
        for _ in range(decoded):
            if text[at] != "\\":
                at += 1
            elif text[at + 1] != "u":
                at += 2
            elif (0xD800 <= int(text[at + 2:at + 6], 16) <= 0xDBFF
                  and text.startswith("\\u", at + 6)
                  and 0xDC00 <= int(text[at + 8:at + 12], 16) <= 0xDFFF):
                at += 12
            else:
                at += 6
        return at

    def _file_place(self, offset: int) -> tuple[int, int]:
        return self.text.count("\n", 0, offset) + 1, offset - self.text.rfind("\n", 0, offset)


class NotebookLines:
    """Findings' places in notebooks as the files' own lines, each notebook read once."""

    def __init__(self) -> None:
        self._read: dict[str, RawNotebook | None] = {}

    def _notebook(self, path: str) -> RawNotebook | None:
        if path not in self._read:
            self._read[path] = None
            if path != "-":
                try:
                    self._read[path] = RawNotebook(
                        Path(path).read_text(encoding="utf-8", errors="surrogatepass"))
                except (OSError, UnicodeError, ValueError, IndexError, RecursionError,
                        _Unreadable):
                    pass
        return self._read[path]

    def location(self, path: str, location: Location, cell: int | None) -> Location | None:
        """`location` (within cell `cell`) as a place in the notebook file, or None when it
        cannot be placed there (not a notebook finding, or the file does not say)."""
        if cell is None:
            return None
        notebook = self._notebook(path)
        if notebook is None:
            return None
        start = notebook.place(cell, location.line, location.column)
        if start is None:
            return None
        end = notebook.place(cell, location.end_line, location.end_column) \
            if location.end_line >= location.line and location.end_column >= 1 else None
        if end is None or end < start:
            end = start
        return Location(start[0], start[1], end[0], end[1])
