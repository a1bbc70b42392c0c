"""A tensor's rank as a number (`x.dim()`, `x.ndimension()`, `x.ndim`) and tests on numbers the
walk knows (`0 if speaker_embedding.dim() == 1 else 1`, `if x.dim() == 2: x = x.unsqueeze(0)`):
decided when both sides are sizes whose numbers are known. Only plain sides are evaluated
(names, ints, attributes, subscripts, and calls of `dim`/`ndimension`/`size`/`len`), so that
deciding a test applies no layer twice."""

from __future__ import annotations

import operator
from typing import Any, Callable

import libcst as cst

from lstmcheck.records import Tensor
from lstmcheck.sizes import Size

RANK_METHODS = frozenset({"dim", "ndimension"})
_SIZE_CALLS = RANK_METHODS | {"size", "len"}
_OPERATORS = {cst.Equal: operator.eq, cst.NotEqual: operator.ne, cst.LessThan: operator.lt,
              cst.LessThanEqual: operator.le, cst.GreaterThan: operator.gt,
              cst.GreaterThanEqual: operator.ge}


def rank(receiver: Any) -> Size | None:
    """`x.dim()` / `x.ndim` of a tensor whose rank is known."""
    if isinstance(receiver, Tensor) and receiver.dims is not None:
        return Size.number(len(receiver.dims))
    return None


def _plain(node: cst.BaseExpression) -> bool:
    if isinstance(node, (cst.Name, cst.Integer)):
        return True
    if isinstance(node, cst.Attribute):
        return _plain(node.value)
    if isinstance(node, cst.Subscript):
        return _plain(node.value) and all(isinstance(e.slice, cst.Index) and _plain(e.slice.value)
                                          for e in node.slice)
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        return _plain(node.expression)
    if isinstance(node, cst.Call):
        name = node.func.attr.value if isinstance(node.func, cst.Attribute) else (
            node.func.value if isinstance(node.func, cst.Name) else None)
        return name in _SIZE_CALLS and (not isinstance(node.func, cst.Attribute) or _plain(node.func.value)) \
            and all(a.keyword is None and not a.star and _plain(a.value) for a in node.args)
    return False


def walked_truth(test: cst.BaseExpression, evaluate: Callable[[cst.BaseExpression], Any]) -> bool | None:
    """A one-operator comparison of two sizes the walk knows as numbers; None otherwise."""
    if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return None
    target = test.comparisons[0]
    compare = _OPERATORS.get(type(target.operator))
    if compare is None or not _plain(test.left) or not _plain(target.comparator):
        return None
    left, right = evaluate(test.left), evaluate(target.comparator)
    if not isinstance(left, Size) or not isinstance(right, Size) or left.value is None or right.value is None:
        return None
    return compare(left.value, right.value)
