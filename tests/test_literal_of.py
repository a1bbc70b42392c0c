"""`scopes.literal_of` reads a number as Python does, whether written in plain digits or not."""

from __future__ import annotations

import ast

import libcst as cst
import pytest

from lstmcheck.lint.scopes import int_of, literal_of


@pytest.mark.parametrize("text", ["0", "00", "7", "256", "1_000", "0x1F", "0o17", "0b101",
                                  "9" * 18, "9" * 19, "9" * 100, "1" + "0" * 100, "9" * 5000, "1.5", "1e3", "2j"])
def test_a_number_is_what_python_reads(text: str) -> None:
    node = cst.parse_expression(text)
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):  # beyond Python's limit for converting digits
        value = 10 ** 100
    known, literal = literal_of(node)
    if isinstance(value, int) and value >= 10 ** 100:
        assert (known, literal) == (False, None)  # too large to be a size
        assert int_of(node) is None
    else:
        assert known and literal == value and type(literal) is type(value)
        assert int_of(node) == (value if isinstance(node, cst.Integer) else None)
