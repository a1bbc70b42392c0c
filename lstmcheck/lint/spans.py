"""Where an argument sits inside a call's source text, and call text fit for a message.

The rules see a call only as its text and the location it starts at. To point at the one
argument a fix changes (a Linear's in_features), the text is parsed with the standard
library's `ast`, never run, and the argument's offsets are carried over to file positions.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize

from lstmcheck.records import Location


def _column(line: str, byte_offset: int) -> int:
    """ast counts columns in UTF-8 bytes; a Location counts characters."""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))


def _call(text: str) -> ast.Call | None:
    try:
        node = ast.parse(text.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return node if isinstance(node, ast.Call) else None


def _place(node: ast.AST, text: str, start: Location) -> Location:
    """The node's span in the file, given that `text` spans `start`. A call's text carries
    its continuation lines without the enclosing block's indentation (libcst adds that when
    it prints the whole module): the end column of the last line tells how much it is."""
    lines = text.strip().split("\n")
    indent = start.end_column - 1 - len(lines[-1]) if len(lines) > 1 else 0

    def at(lineno: int, offset: int) -> tuple[int, int]:
        column = _column(lines[lineno - 1], offset) + 1
        column += start.column - 1 if lineno == 1 else indent
        return start.line + lineno - 1, column

    line, column = at(node.lineno, node.col_offset)
    end_line, end_column = at(node.end_lineno or node.lineno, node.end_col_offset or 0)
    return Location(line, column, end_line, end_column)


def linear_in_features(kind: str, text: str, start: Location) -> tuple[Location, str, bool] | None:
    """(span, source text, passed by keyword) of the in_features argument of a Linear, or of
    a Sequential's first layer when that is a Linear; None when the text does not show it."""
    call = _call(text)
    if call is not None and kind == "Sequential":
        first = call.args[0] if call.args else None
        call = first if isinstance(first, ast.Call) else None
        callee = ast.unparse(call.func) if call is not None else ""
        if not callee.endswith("Linear"):
            return None
    if call is None:
        return None
    stripped = text.strip()
    if call.args and not isinstance(call.args[0], ast.Starred):
        node, keyword = call.args[0], False
    else:
        found = [k for k in call.keywords if k.arg == "in_features"]
        if not found:
            return None
        node, keyword = found[0].value, True
    source = ast.get_source_segment(stripped, node)
    if source is None:
        return None
    return _place(node, text, start), source, keyword


def plain(text: str) -> str:
    """Call text for a message: comments dropped and whitespace folded, so that
    `nn.LSTM(\\n    10,  # noqa: LC006\\n)` reads `nn.LSTM(10)`; `(1,)` stays a tuple."""
    kept: list[str] = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        tokens = []
    if tokens:
        lines = text.split("\n")
        cuts = {t.start[0]: t.start[1] for t in tokens if t.type == tokenize.COMMENT}
        kept = [line[:cuts[n]] if n in cuts else line for n, line in enumerate(lines, start=1)]
    else:
        kept = [text]
    # A comma that ends a line before the closing bracket is layout, not content.
    joined = re.sub(r",[ \t]*\n\s*([)\]}])", r"\1", "\n".join(kept))
    folded = " ".join(joined.split())
    folded = re.sub(r"([(\[{])\s+", r"\1", folded)
    return re.sub(r"\s+([)\]},])", r"\1", folded)


def grouped(text: str) -> str:
    """The expression, parenthesized when it is more than one operand (`2 * (a + b)`)."""
    stripped = text.strip()
    if re.fullmatch(r"[\w.]+(\[[^\]]*\]|\([^()]*\))?", stripped):
        return stripped
    return f"({stripped})"


def first_argument(text: str, start: Location, keyword: str) -> tuple[Location, str, bool] | None:
    """(span, source text, passed by keyword) of a layer's first argument, positional or
    passed as `keyword` (a Conv1d's in_channels, a norm's num_features); None when the text
    does not show it."""
    call = _call(text)
    if call is None:
        return None
    if call.args and not isinstance(call.args[0], ast.Starred):
        node, by_keyword = call.args[0], False
    else:
        found = [k for k in call.keywords if k.arg == keyword]
        if not found:
            return None
        node, by_keyword = found[0].value, True
    source = ast.get_source_segment(text.strip(), node)
    return None if source is None else (_place(node, text, start), source, by_keyword)
