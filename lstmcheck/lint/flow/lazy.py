"""A name bound to `None` and set lazily: `state = None` before a loop whose body runs
`if state is None: state = model.begin_state(batch)`. The walk marks the name as None
(`IS_NONE`, as a parameter's `None` default is marked), so the `is None` test is decided on
the first iteration, where the state is made, and on the second, where the layer's own
state came back; without the mark both ways were joined and the state made was lost.
"""

from __future__ import annotations

from typing import Any, Callable

import libcst as cst


def is_none_literal(node: cst.BaseExpression, scope: Any, resolver: Any) -> bool:
    """`None` itself (Python does not let a file rebind it)."""
    return isinstance(node, cst.Name) and node.value == "None"


def decided_by_none(test: cst.BaseExpression, env: dict, none_test: Callable) -> bool | None:
    """`state is None or reset` (`and`): decided when the `is None` side alone decides it
    (True for `or`, False for `and`), whatever the other side holds."""
    if not isinstance(test, cst.BooleanOperation):
        return None
    deciding = isinstance(test.operator, cst.Or)
    for side in (test.left, test.right):
        if none_test(side, env) is deciding:
            return deciding
    return None
