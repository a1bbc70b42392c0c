"""`self.X` read inside a comprehension, a generator or a lambda of a method
(`nn.ModuleList(nn.LSTMCell(self.input_size, self.hidden_size) for _ in range(n))`). Python
gives each its own scope, but `self` there is the method's: the attribute means what it
means in the method, so the resolver reads it from the method's scope."""

from __future__ import annotations

from typing import Any

import libcst as cst

INNER = ("<comprehension>", "<lambda>")


def scope_for_self(node: cst.BaseExpression, scope: Any) -> Any:
    """The method's scope for `self.X` / `cls.X` read in a comprehension or lambda of it (one
    that does not bind `self` itself); else `scope` unchanged."""
    if not (isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name)
            and node.value.value in ("self", "cls")):
        return scope
    outer = scope
    while outer is not None and outer.kind == "function" and outer.name in INNER:
        if node.value.value in outer.bindings:
            return scope  # a lambda's own `self` parameter: not the method's
        outer = outer.parent
    return outer if outer is not None and outer is not scope and outer.kind == "function" else scope
