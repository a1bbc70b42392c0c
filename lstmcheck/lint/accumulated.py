"""A width summed term by term where a model is built: `size = 0`, then `size += emb_dim`
under one flag and `size += 2 * hidden` under another. In one configuration the name holds the
first value plus the terms whose branches are taken, when each `+=` runs at most once (in the
function's own statements or under `if`s, never in a loop) and every branch left is one the
configuration decides. Anything else is not known."""

from __future__ import annotations

from typing import Any, Callable

import libcst as cst

from lstmcheck.lint.scopes import Binding
from lstmcheck.sizes import Size

_OPERATORS = (cst.AddAssign, cst.SubtractAssign, cst.MultiplyAssign)


def _path_through_ifs(body: Any, target: cst.CSTNode) -> bool:
    """Whether `target` is a statement of `body` or of the `if`/`else` blocks in it, with no
    loop, `with`, `try` or nested function on the way."""
    for statement in getattr(body, "body", ()):
        if statement is target:
            return True
        if isinstance(statement, cst.SimpleStatementLine) and any(s is target for s in statement.body):
            return True
        if isinstance(statement, cst.If):
            branch: Any = statement
            while isinstance(branch, cst.If):
                if _path_through_ifs(branch.body, target):
                    return True
                branch = branch.orelse
            if isinstance(branch, cst.Else) and _path_through_ifs(branch.body, target):
                return True
    return False


def accumulated(name: str, bindings: list[Binding], function: Any, decided: Callable[[Binding], bool],
                size: Callable[[cst.BaseExpression], Size | None]) -> Size | None:
    """The size `name` holds after one plain assignment and the `+=`/`-=`/`*=` after it that
    this configuration makes (`bindings`, live ones, in order); None unless all are as the
    module docstring says and every size is known."""
    if len(bindings) < 2 or bindings[0].kind != "assign" or not isinstance(function, cst.FunctionDef):
        return None
    augmented = bindings[1:]
    if not all(b.kind == "other" and isinstance(b.node, cst.AugAssign)
               and isinstance(b.node.target, cst.Name) and b.node.target.value == name
               and isinstance(b.node.operator, _OPERATORS) for b in augmented):
        return None
    if not all(decided(b) and b.node is not None and _path_through_ifs(function.body, b.node)
               for b in bindings):
        return None
    total = size(bindings[0].payload)
    for binding in augmented:
        node: cst.AugAssign = binding.node  # type: ignore[assignment]
        term = size(node.value)
        if total is None or term is None:
            return None
        if isinstance(node.operator, cst.AddAssign):
            total = total + term
        elif isinstance(node.operator, cst.SubtractAssign):
            total = total - term
        else:
            total = total * term
    return total
