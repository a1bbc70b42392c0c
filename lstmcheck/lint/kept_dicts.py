"""A dict an object keeps on `self` and reads later: `self.model_args = model_args` in
`__init__`, then `self.model_args.get("num_layers", 1)` or `self.model_args["hidden"]`.

It is the dict the parameter holds (a site's literal, `dict(...)`, a module-level config),
as long as nothing in the file changes a dict kept under that attribute name: an item set or
deleted (`self.cfg["k"] = v`, `del obj.cfg["k"]`), a mutating method (`.update`, `.pop`,
`.setdefault`, `.clear`, `.popitem`), the attribute assigned from outside the class, or its
dict bound to another name (`cfg = self.cfg`), under which it may change.
"""

from __future__ import annotations

import ast
from typing import Any

import libcst as cst

from lstmcheck.lint.python_nodes import assigned_targets
from lstmcheck.lint.scopes import Scope

_MUTATORS = frozenset({"update", "pop", "setdefault", "clear", "popitem", "__setitem__",
                       "__delitem__"})


def kept_dict_name(resolver: Any, node: cst.BaseExpression, scope: Scope, depth: int
                   ) -> tuple[str, Scope] | None:
    """(name, `__init__` scope) of the parameter or local a `self.X` container holds, when
    the class assigns `self.X = name` once, in its `__init__`, and nothing changes it."""
    if not (isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name)
            and node.value.value == "self"):
        return None
    attr = node.attr.value
    cls = scope.parent if scope.kind == "function" else None
    if cls is None or cls.kind != "class" or cls.bindings.get(attr) \
            or resolver._set_from_outside(attr) or _changed(resolver, attr):
        return None
    assigned = resolver.live_attributes(cls, attr, depth)
    if len(cls.attribute_values.get(attr, [])) != 1 or len(assigned) != 1:
        return None
    value, method, _ = assigned[0]
    if method.name != "__init__" or method.parent is not cls or not isinstance(value, cst.Name) \
            or value.value in ("self", "cls"):
        return None
    return value.value, method


def _changed(resolver: Any, attr: str) -> bool:
    changed = resolver.memo.get("kept dicts changed")
    if changed is None:
        changed = resolver.memo["kept dicts changed"] = _dicts_changed(resolver.positions.python_nodes())
    return attr in changed or None in changed


def _dicts_changed(nodes: Any) -> set[str | None]:
    """Attribute names whose dict the file changes in place (`x.cfg["k"] = v`,
    `self.cfg.update(...)`); None when the file could not be read."""
    if nodes is None:
        return {None}
    out: set[str | None] = set()

    for node in nodes:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
            out.add(node.value.attr)  # `cfg = self.cfg`: changed under another name, maybe
        for target in assigned_targets(node):
            if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Attribute):
                out.add(target.value.attr)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in _MUTATORS and isinstance(node.func.value, ast.Attribute):
            out.add(node.func.value.attr)
    return out
