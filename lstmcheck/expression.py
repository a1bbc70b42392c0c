"""A pasted constructor expression -> the constructor and its arguments.

People paste the line as it stands in their code: `nn.LSTM(10, 20)`, `lstm = nn.LSTM(10, 20)`,
`self.rnn = nn.GRU(  # encoder` and the lines of a call spread over several. The text is parsed
with the standard library's `ast` and never evaluated: literals become known values, and any
other expression keeps its source text, which the shape calculator uses as a symbolic size
named after the user's own words. Hostile text (bytes that are not UTF-8, literals beyond
Python's digit limit, thousands of nested operators) is an `ExpressionError`, never a crash.
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass

from lstmcheck.records import BoundCall, Value
from lstmcheck.signatures import CONSTRUCTORS, Constructor, bind

# A literal's text longer than this is shortened where it is shown (a 4,000-digit number).
_LONG_LITERAL = 40


class ExpressionError(ValueError):
    """The text is not a call to one of the six constructors that lstmcheck can read."""


@dataclass(frozen=True)
class PastedCall:
    """A constructor call as written: its arguments, not yet bound."""

    ctor: Constructor
    positional: tuple[Value, ...]
    keywords: tuple[tuple[str, Value], ...]

    def bind(self) -> BoundCall:
        return bind(self.ctor, self.positional, self.keywords)


def shown(text: str, limit: int = 60) -> str:
    """The user's text quoted for a one-line message: on one line, cut when long."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 12] + "..." + flat[-9:]
    return repr(flat)


# Folding stops past this many bits (far beyond int64), so 10**10**10 costs nothing.
_MAX_BITS = 100_000


def _fold(node: ast.expr) -> int | None:
    """An int written as arithmetic on int literals (10**20, 4*64, 2**31 - 1), within bounds;
    None for anything else."""
    if isinstance(node, ast.Constant):
        return node.value if type(node.value) is int else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        operand = _fold(node.operand)
        return None if operand is None else -operand if isinstance(node.op, ast.USub) else operand
    if not isinstance(node, ast.BinOp):
        return None
    a, b = _fold(node.left), _fold(node.right)
    if a is None or b is None:
        return None
    op = node.op
    if isinstance(op, (ast.Add, ast.Sub)):
        return a + b if isinstance(op, ast.Add) else a - b
    if isinstance(op, ast.Mult) and a.bit_length() + b.bit_length() <= _MAX_BITS:
        return a * b
    if isinstance(op, (ast.FloorDiv, ast.Mod)) and b != 0:
        return a // b if isinstance(op, ast.FloorDiv) else a % b
    if isinstance(op, ast.Pow) and b >= 0 and (abs(a) <= 1 or a.bit_length() * b <= _MAX_BITS):
        return a**b
    return None


def _true_division(node: ast.BinOp) -> float | None:
    """`40 / 2` is 20.0, a float, as Python computes it: torch then refuses it as a size, and
    so must `shape` (it must not turn into a symbol named "40 / 2")."""
    a, b = _fold(node.left), _fold(node.right)
    if a is None or b is None or b == 0:
        return None
    try:
        return a / b
    except OverflowError:
        return None


def literal(node: ast.expr, source: str) -> Value:
    """A known value for a literal (including -1, 1e-3, True, 'relu') or int arithmetic on
    literals (10**20), else the source text."""
    text = ast.get_source_segment(source, node) or "?"
    text = " ".join(text.split())
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError, OverflowError):
        try:
            value = _true_division(node) if isinstance(node, ast.BinOp) and isinstance(
                node.op, ast.Div) else _fold(node)
        except RecursionError:
            value = None
        if value is None:
            return Value(text=text)
    if len(text) > _LONG_LITERAL:
        text = f"{text[:16]}...{text[-8:]} ({len(text)} characters)"
    return Value(text=text, known=True, value=value)


def _callee_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _parse(text: str) -> tuple[ast.Module, str]:
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise ExpressionError("the expression holds bytes that are not UTF-8 text; "
                              "paste it as it stands in your source file")
    if "\x00" in text:
        raise ExpressionError("the expression holds a NUL character")
    source = textwrap.dedent(text.strip("\n")).strip()
    try:
        return ast.parse(source), source
    except SyntaxError as exc:
        message = exc.msg or "invalid syntax"
        if "integer string conversion" in message:
            message = "a number in it has more than 4300 digits"
        raise ExpressionError(f"cannot parse {shown(text)}: {message}") from None
    except (RecursionError, MemoryError, ValueError, OverflowError):
        raise ExpressionError(f"cannot parse {shown(text)}: it nests too deeply to read") from None


def _the_call(tree: ast.Module, text: str) -> ast.Call:
    """The constructor call of one pasted statement: an expression, an assignment
    (`lstm = ...`, `self.rnn: nn.LSTM = ...`), a return, or a call with a trailing comma."""
    if len(tree.body) != 1:
        raise ExpressionError(
            f"{shown(text)} holds {len(tree.body) or 'no'} statements; paste the one line "
            "that builds the layer, e.g. 'lstm = nn.LSTM(10, 20)'"
            + ("; to follow shapes through the code, pipe it to 'lstmcheck check - "
               "--show-shapes'" if len(tree.body) > 1 else "")
        )
    statement = tree.body[0]
    value = getattr(statement, "value", None) if isinstance(
        statement, (ast.Expr, ast.Assign, ast.AnnAssign, ast.Return)) else None
    if isinstance(value, ast.Tuple) and len(value.elts) == 1:
        value = value.elts[0]  # `nn.LSTM(10, 20),` pasted out of an nn.Sequential
    if not isinstance(value, ast.Call):
        raise ExpressionError(
            f"{shown(text)} is not a constructor call; write it as in your code, "
            "e.g. 'nn.LSTM(10, 20)'"
        )
    return value


def read_constructor(text: str) -> PastedCall:
    """Read `nn.LSTM(10, 20, num_layers=2)` (or `torch.nn.GRU(...)`, `LSTMCell(...)`), as a
    statement or an expression, with its arguments as written."""
    tree, source = _parse(text)
    call = _the_call(tree, text)
    callee = " ".join((ast.get_source_segment(source, call.func) or "?").split())
    name = _callee_name(call.func)
    if name not in CONSTRUCTORS:
        known = ", ".join(f"nn.{n}" for n in CONSTRUCTORS)
        raise ExpressionError(f"{shown(callee)} is not one of {known}")
    prefix = callee.rpartition(".")[0].replace(" ", "")
    if prefix not in ("", "nn", "torch.nn", "torch.nn.modules.rnn"):
        raise ExpressionError(
            f"{shown(callee)} is not torch's: write nn.{name}(...) or torch.nn.{name}(...)"
        )
    if any(isinstance(arg, ast.Starred) for arg in call.args) or any(
            kw.arg is None for kw in call.keywords):
        raise ExpressionError(
            f"{shown(text)} passes *args or **kwargs, so its arguments cannot be read; "
            "write the arguments out"
        )
    return PastedCall(
        CONSTRUCTORS[name],
        tuple(literal(arg, source) for arg in call.args),
        tuple((kw.arg, literal(kw.value, source)) for kw in call.keywords if kw.arg),
    )


def parse_constructor(text: str) -> tuple[Constructor, BoundCall]:
    """The constructor and its arguments bound as Python and torch bind them."""
    pasted = read_constructor(text)
    return pasted.ctor, pasted.bind()
