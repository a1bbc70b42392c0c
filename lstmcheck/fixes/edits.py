"""The `Edit`s rules attach to their findings, computed from a record's own text.

A `CallRecord` carries the call's source text and span, and each `Value` the span of its
argument; that is enough to rename a keyword, replace or remove an argument, or turn `/` into
`//`, by text arithmetic alone. Rules stay free of libcst; what an edit does to the file is
checked afterwards (`loop`), where a result that does not parse is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from lstmcheck.records import CallRecord, Edit, Location, Value

_NEWLINE = re.compile(r"\r\n|\r|\n")  # what Python (and libcst) count as line ends
_BLANK = " \t\f\r\n"


def line_starts(text: str) -> list[int]:
    """The offset at which each line of `text` starts."""
    return [0] + [m.end() for m in _NEWLINE.finditer(text)]


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """An offset as a 1-based (line, column) pair."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:  # the last line start at or before `offset`
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1, offset - starts[lo] + 1


@dataclass(frozen=True)
class CallText:
    """A call's text, with conversions between file positions and offsets in that text.

    libcst renders a node on its own without the indentation of the block it sits in, so a
    call that runs over several lines inside a function has, on every line but its first,
    `indent` characters fewer than the file. The width is read from where the call ends;
    `faithful` checks the mapping against every argument's own position before any edit is
    made from it.
    """

    text: str
    origin: Location
    starts: tuple[int, ...]
    indent: int

    @staticmethod
    def of(record: CallRecord) -> CallText:
        starts = tuple(line_starts(record.text))
        indent = 0
        if len(starts) > 1:
            indent = record.location.end_column - 1 - (len(record.text) - starts[-1])
        return CallText(record.text, record.location, starts, indent)

    def offset(self, line: int, column: int) -> int:
        row = line - self.origin.line
        if not 0 <= row < len(self.starts) or self.indent < 0:
            raise ValueError("position outside the call")
        column -= self.origin.column if row == 0 else 1 + self.indent
        line_end = self.starts[row + 1] if row + 1 < len(self.starts) else len(self.text)
        if not 0 <= column <= line_end - self.starts[row]:
            raise ValueError("position outside the call")
        return self.starts[row] + column

    def span(self, location: Location) -> tuple[int, int]:
        start = self.offset(location.line, location.column)
        end = self.offset(location.end_line, location.end_column)
        if not start <= end:
            raise ValueError("span outside the call")
        return start, end

    def at(self, location: Location) -> str:
        start, end = self.span(location)
        return self.text[start:end]

    def location(self, start: int, end: int) -> Location:
        def place(offset: int) -> tuple[int, int]:
            line, column = position(list(self.starts), offset)
            if line == 1:
                return self.origin.line, column + self.origin.column - 1
            return line + self.origin.line - 1, column + self.indent
        return Location(*place(start), *place(end))

    def faithful(self, values: Iterable[Value]) -> bool:
        """Whether each one-line argument's text is where the mapping puts it."""
        for value in values:
            loc = value.location
            if loc is None or loc.line != loc.end_line:
                continue
            try:
                if not self.at(loc).endswith(value.text):
                    return False
            except ValueError:
                return False
        return True


def _call_text(record: CallRecord) -> CallText | None:
    call = CallText.of(record)
    return call if call.faithful(record.call.arguments.values()) else None


def text_at(record: CallRecord, location: Location) -> str | None:
    """The source text of a span inside the call, when the call's text maps faithfully."""
    call = _call_text(record)
    try:
        return None if call is None else call.at(location)
    except ValueError:
        return None


def rename_keyword(record: CallRecord, argument: Location, keyword: str, new: str) -> Edit | None:
    """`hidden=20` -> `hidden_size=20`: the keyword's name alone is replaced."""
    call = _call_text(record)
    if call is None:
        return None
    try:
        start, _ = call.span(argument)
    except ValueError:
        return None
    if not call.text.startswith(keyword, start):
        return None
    return Edit(call.location(start, start + len(keyword)), new)


def replace_argument(record: CallRecord, argument: Location, text: str) -> Edit | None:
    """The whole argument (keyword included) -> `text`."""
    call = _call_text(record)
    if call is None:
        return None
    try:
        call.span(argument)
    except ValueError:
        return None
    return Edit(argument, text)


def remove_argument(record: CallRecord, argument: Location) -> Edit | None:
    """Delete an argument with the comma that joins it to its neighbours: the one before it
    (`10, 20, dropout=0.3)` -> `10, 20)`), else the one after it. A comment in the way leaves
    the preceding comma as a trailing one, which Python accepts."""
    call = _call_text(record)
    if call is None:
        return None
    try:
        start, end = call.span(argument)
    except ValueError:
        return None
    text = call.text
    before = start
    while before > 0 and text[before - 1] in _BLANK:
        before -= 1
    line_start = max(text.rfind("\n", 0, before), text.rfind("\r", 0, before)) + 1
    if before > 0 and text[before - 1] == "," and "#" not in text[line_start:before]:
        previous = before - 1
        while previous > 0 and text[previous - 1] in _BLANK:
            previous -= 1
        return Edit(call.location(previous, end), "")
    after = end
    while after < len(text) and text[after] in " \t\f":
        after += 1
    if after < len(text) and text[after] == ",":
        after += 1
        while after < len(text) and text[after] in " \t\f":
            after += 1
    else:
        after = end
    own_line = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    alone = own_line > 0 and not text[own_line:start].strip()
    line_end = _NEWLINE.match(text, after)
    if alone and line_end is not None:  # the argument had its line to itself: drop the line
        return Edit(call.location(own_line, line_end.end()), "")
    return Edit(call.location(start, after), "")


# --- true division ------------------------------------------------------------------------

@dataclass(frozen=True)
class Division:
    """A value whose arithmetic certainly makes a float through `/`: the offsets (in the
    value's text) of those `/` operators, and whether `//` in their place is a safe fix (one
    division at the top, `hidden / 2` or `hidden * 3 / 4`)."""

    operators: tuple[int, ...]
    simple: bool


def true_division(text: str) -> Division | None:
    """`hidden / 2` is a float whatever `hidden` is (an int's true division is a float, and
    anything but an int is rejected by torch's size checks anyway). Parsed with the standard
    library's `ast`, never evaluated. None when no `/` reaches the value's top."""
    import ast

    wrapped = "(" + text + "\n)"
    try:
        tree = ast.parse(wrapped, mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    if "\r" in wrapped:
        return None  # ast may count such line ends differently: stay silent
    starts = line_starts(wrapped)
    lines = [wrapped[a:b] for a, b in zip(starts, [*starts[1:], len(wrapped)])]

    def offset(lineno: int, byte_column: int) -> int:
        line = lines[lineno - 1]
        return starts[lineno - 1] + len(line.encode("utf-8")[:byte_column].decode("utf-8", "ignore"))

    arithmetic = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod)
    found: list[int] = []

    def walk(node: ast.AST) -> None:
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            walk(node.operand)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, arithmetic):
            walk(node.left)
            walk(node.right)
            if isinstance(node.op, ast.Div):
                operator = _operator_between(
                    wrapped, offset(node.left.end_lineno or 1, node.left.end_col_offset or 0),
                    offset(node.right.lineno, node.right.col_offset))
                if operator is not None:
                    found.append(operator - 1)  # minus the "(" we put in front

    walk(tree)
    if not found:
        return None
    simple = (isinstance(tree, ast.BinOp) and isinstance(tree.op, ast.Div) and len(found) == 1)
    return Division(tuple(sorted(found)), simple)


def _operator_between(text: str, start: int, end: int) -> int | None:
    """The offset of the `/` between two operands, past brackets, blanks and comments."""
    index = start
    while index < end:
        char = text[index]
        if char == "#":
            while index < end and text[index] not in "\r\n":
                index += 1
            continue
        if char == "/":
            return index
        index += 1
    return None


def floor_division(record: CallRecord, value: Value, division: Division) -> tuple[Edit, ...]:
    """Each `/` of `division` -> `//`, at its place in the file; empty when the argument's text
    cannot be found in the call's."""
    if value.location is None:
        return ()
    call = _call_text(record)
    if call is None:
        return ()
    try:
        start, end = call.span(value.location)
    except ValueError:
        return ()
    argument = call.text[start:end]
    if not argument.endswith(value.text):
        return ()
    base = end - len(value.text)
    return tuple(Edit(call.location(base + at, base + at + 1), "//") for at in division.operators)
