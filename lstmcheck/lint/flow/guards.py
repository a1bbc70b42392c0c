"""Which way an `if` test goes with the values the resolver holds for a configuration, one side
of `and`/`or` deciding it: a call under an `if` the configuration decides against (`if elayers
> 0: self.rnn = nn.LSTM(..., elayers)` built with elayers=0; the Collector notes the tests
around each call, `Scope.guarded_calls`) builds no layer there, so nothing about it is judged
in that configuration."""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.scopes import UNKNOWN


_PLAIN = (bool, int, float, str, type(None))


def plain(value: Any) -> bool:
    """A value a test can compare: a literal of a plain type, or a tuple of them."""
    if isinstance(value, tuple):
        return all(plain(item) for item in value)
    return isinstance(value, _PLAIN)


_COMPARE = {
    cst.LessThan: lambda a, b: a < b, cst.LessThanEqual: lambda a, b: a <= b,
    cst.GreaterThan: lambda a, b: a > b, cst.GreaterThanEqual: lambda a, b: a >= b,
    cst.Equal: lambda a, b: a == b, cst.NotEqual: lambda a, b: a != b,
    cst.Is: lambda a, b: a is b, cst.IsNot: lambda a, b: a is not b,
    cst.In: lambda a, b: a in b, cst.NotIn: lambda a, b: a not in b,
}


def decided(test: cst.BaseExpression, scope: Any, resolver: Any) -> bool | None:
    """Which way a test goes with the resolver's values: a known value's truth, `not`,
    `and`/`or`, comparisons of known plain values; None when not known."""
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        inner = decided(test.expression, scope, resolver)
        return None if inner is None else not inner
    if isinstance(test, cst.BooleanOperation):
        left, right = (decided(side, scope, resolver) for side in (test.left, test.right))
        if isinstance(test.operator, cst.And):
            return False if False in (left, right) else (True if left and right else None)
        return True if True in (left, right) else (False if left is False and right is False
                                                    else None)
    if isinstance(test, cst.Comparison):
        values = [_known(test.left, scope, resolver)]
        values += [_known(target.comparator, scope, resolver) for target in test.comparisons]
        if any(value is UNKNOWN for value in values):
            return None
        try:
            return all(_COMPARE[type(target.operator)](values[i], values[i + 1])
                       for i, target in enumerate(test.comparisons))
        except (KeyError, TypeError):
            return None
    value = _known(test, scope, resolver)
    return None if value is UNKNOWN else bool(value)


def _known(node: cst.BaseExpression, scope: Any, resolver: Any) -> Any:
    ok, value, _ = resolver._evaluate(node, scope, 0)
    return value if ok and value is not UNKNOWN and plain(value) else UNKNOWN
