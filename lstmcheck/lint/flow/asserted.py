"""What an `assert` runs: `assert encode(torch.randn(8, 6)).shape == (10,)` calls `encode`
with a tensor the file shows, as a plain statement would; the walk follows the operands of the
test (a comparison's sides, a boolean operation's parts, a `not`), never the message."""

from __future__ import annotations

import libcst as cst


def asserted_calls(node: cst.Assert) -> list[cst.BaseExpression]:
    """The operands of the assert's test that hold a call, in the order Python evaluates them."""
    parts: list[cst.BaseExpression] = []

    def take(expression: cst.BaseExpression) -> None:
        if isinstance(expression, cst.Comparison):
            take(expression.left)
            for target in expression.comparisons:
                take(target.comparator)
        elif isinstance(expression, cst.BooleanOperation):
            take(expression.left)
            take(expression.right)
        elif isinstance(expression, cst.UnaryOperation):
            take(expression.expression)
        elif _holds_a_call(expression):
            parts.append(expression)

    take(node.test)
    return parts


def _holds_a_call(expression: cst.BaseExpression) -> bool:
    """A call, or an attribute, subscript or `len()` of one (`model(x).shape`, `out[0]`)."""
    while isinstance(expression, (cst.Attribute, cst.Subscript)):
        expression = expression.value
    return isinstance(expression, cst.Call)
