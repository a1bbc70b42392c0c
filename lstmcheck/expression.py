"""A pasted constructor expression -> the constructor and its bound arguments.

The text is parsed with the standard library's `ast` and never evaluated: literals become
known values, and any other expression keeps its source text, which the shape calculator
uses as a symbolic size named after the user's own words.
"""

from __future__ import annotations

import ast

from lstmcheck.records import BoundCall, Value
from lstmcheck.signatures import CONSTRUCTORS, Constructor, bind


class ExpressionError(ValueError):
    """The text is not a call to one of the six constructors that lstmcheck can read."""


def literal(node: ast.expr) -> Value:
    """A known value for a literal (including -1, 1e-3, True, 'relu'), else the source text."""
    text = ast.unparse(node)
    try:
        return Value(text=text, known=True, value=ast.literal_eval(node))
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return Value(text=text)


def _callee_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def parse_constructor(text: str) -> tuple[Constructor, BoundCall]:
    """Read `nn.LSTM(10, 20, num_layers=2)` (or `torch.nn.GRU(...)`, `LSTMCell(...)`)."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"cannot parse {text!r}: {exc.msg}") from None
    call = tree.body
    if not isinstance(call, ast.Call):
        raise ExpressionError(
            f"{text!r} is not a constructor call; write it as in your code, e.g. 'nn.LSTM(10, 20)'"
        )
    name = _callee_name(call.func)
    if name not in CONSTRUCTORS:
        known = ", ".join(f"nn.{n}" for n in CONSTRUCTORS)
        raise ExpressionError(f"{ast.unparse(call.func)!r} is not one of {known}")
    prefix = ast.unparse(call.func).rpartition(".")[0]
    if prefix not in ("", "nn", "torch.nn", "torch.nn.modules.rnn"):
        raise ExpressionError(
            f"{ast.unparse(call.func)!r} is not torch's: write nn.{name}(...) or torch.nn.{name}(...)"
        )
    ctor = CONSTRUCTORS[name]
    positional, star_args = [], False
    for arg in call.args:
        if isinstance(arg, ast.Starred):
            star_args = True
            break
        positional.append(literal(arg))
    keywords, star_kwargs = [], False
    for kw in call.keywords:
        if kw.arg is None:
            star_kwargs = True
            continue
        keywords.append((kw.arg, literal(kw.value)))
    if star_args or star_kwargs:
        raise ExpressionError(
            f"{text!r} passes *args or **kwargs, so its arguments cannot be read; "
            "write the arguments out"
        )
    return ctor, bind(ctor, positional, keywords)
