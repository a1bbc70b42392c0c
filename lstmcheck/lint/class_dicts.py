"""The dict of layer classes a subscript picks from, however the file writes it: a literal
(inline, or a name bound to one once), `dict(lstm=nn.LSTM, gru=nn.GRU)`, a class table
(`self.supported_rnns`, lint/class_tables.py), or what a module-level function of one
`return` gives (`rnn_classes()[kind]`, `RNNS = rnn_classes()`). Entries are (key, value node);
None when the table may change (an item set, `.update`, ...) or is written another way.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.class_tables import class_table
from lstmcheck.lint.imports import dotted
from lstmcheck.lint.scopes import Scope, literal_of

_MAX_DEPTH = 4


def table_entries(resolver: Any, container: cst.BaseExpression, scope: Scope, depth: int = 0
                  ) -> tuple[list[tuple[str, cst.BaseExpression]], Scope] | None:
    """The (key, value node) pairs of the table `container` names, and the scope the values
    are written in."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(container, cst.Dict):
        pairs = []
        for element in container.elements:
            if not isinstance(element, cst.DictElement) or not isinstance(element.key, cst.SimpleString):
                return None
            ok, key = literal_of(element.key)
            if not ok or not isinstance(key, str):
                return None
            pairs.append((key, element.value))
        return pairs, scope
    if isinstance(container, cst.Call) and dotted(container.func) == "dict" \
            and resolver.lookup("dict", scope) is None:
        if any(a.star or a.keyword is None for a in container.args):
            return None
        return [(a.keyword.value, a.value) for a in container.args], scope  # type: ignore[union-attr]
    if isinstance(container, cst.Call) and isinstance(container.func, cst.Name) and not container.args:
        returned = _one_return(resolver, container.func.value, scope)
        return None if returned is None else table_entries(resolver, returned[0], returned[1], depth + 1)
    if isinstance(container, cst.Name):
        found = resolver.lookup(container.value, scope)
        if found is None or len(found[1]) != 1 or found[1][0].kind != "assign" \
                or _module(scope).mutations.get(container.value) \
                or resolver._changed_elsewhere(container.value, scope, 0):
            return None
        return table_entries(resolver, found[1][0].payload, found[0], depth + 1)
    if isinstance(container, cst.Attribute):
        held = class_table(container, scope)
        return None if held is None else table_entries(resolver, held[0], held[1], depth + 1)
    return None


def _one_return(resolver: Any, name: str, scope: Scope) -> tuple[cst.BaseExpression, Scope] | None:
    """What a module-level function without parameters returns, when its body is one
    `return` (docstring aside)."""
    found = resolver.lookup(name, scope)
    if found is None or found[0].parent is not None or len(found[1]) != 1:
        return None
    node = found[1][0].node
    if not isinstance(node, cst.FunctionDef) or node.decorators or node.params.params \
            or node.params.posonly_params or node.params.kwonly_params \
            or isinstance(node.params.star_arg, cst.Param) or node.params.star_kwarg is not None:
        return None
    body = [s for s in (node.body.body if isinstance(node.body, cst.IndentedBlock) else ())
            if not (isinstance(s, cst.SimpleStatementLine) and isinstance(s.body[0], cst.Expr)
                    and isinstance(s.body[0].value, cst.SimpleString))]
    if len(body) != 1 or not isinstance(body[0], cst.SimpleStatementLine) \
            or not isinstance(body[0].body[0], cst.Return) or body[0].body[0].value is None:
        return None
    inner = next((s for s in resolver.scopes if s.node is node), None)
    return (body[0].body[0].value, inner) if inner is not None else None


def _module(scope: Scope) -> Scope:
    while scope.parent is not None:
        scope = scope.parent
    return scope
