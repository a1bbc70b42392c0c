"""An argument list for `parse_args` that the file builds from pieces: a list constant
(`RUN = ["--layers", "1"]`), `+` of lists (`RUN + ["--hidden", "8"]`), or a list written at a
call of the function that parses it. Run scripts pinned in the file and test helpers pass their
command lines this way. Only lists the file cannot change are followed: a name bound once to a
list or tuple literal that nothing appends to, extends or assigns into."""

from __future__ import annotations

import ast
from typing import Any

import libcst as cst

_CHANGES = frozenset({"append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse",
                      "__setitem__", "__iadd__"})
_MAX_PIECES = 8  # `a + b + c ...`: more is not a command line written out


def argv_tokens(resolver: Any, node: cst.BaseExpression, scope: Any, depth: int = 0
                ) -> list[cst.BaseExpression] | None:
    """The list's elements in order, or None when any piece is not a list the file fixes."""
    if depth > _MAX_PIECES:
        return None
    if isinstance(node, (cst.List, cst.Tuple)):
        if any(isinstance(e, cst.StarredElement) for e in node.elements):
            return None
        return [e.value for e in node.elements]
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        left = argv_tokens(resolver, node.left, scope, depth + 1)
        right = argv_tokens(resolver, node.right, scope, depth + 1) if left is not None else None
        return None if right is None else left + right
    if isinstance(node, cst.Name) and scope is not None:
        changed = _changed_lists(resolver)
        found = resolver.lookup(node.value, scope)
        if found is None or len(found[1]) != 1 or found[1][0].kind != "assign" \
                or not isinstance(found[1][0].payload, (cst.List, cst.Tuple)) \
                or changed is None or node.value in changed:
            return None
        return argv_tokens(resolver, found[1][0].payload, found[0], depth + 1)
    return None


def passed_by_call(resolver: Any, via: tuple, function: Any, name: str
                   ) -> tuple[bool, list | None] | None:
    """What one call of `function` passes as its parameter `name`, as `parse_args` reads it:
    (True, None) for nothing or `None` (the command line), (True, items) for a list the file
    fixes, (False, None) for anything else; None when `via` is not a plain call of it."""
    call, scope = via
    node = function.node
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name) \
            or not isinstance(node, cst.FunctionDef) or call.func.value != node.name.value \
            or any(arg.star for arg in call.args) or function.parent is None \
            or function.parent.parent is not None:
        return None
    params = [p.name.value for p in (*node.params.posonly_params, *node.params.params)]
    if name not in params:
        return None
    passed = next((a.value for a in call.args if a.keyword is not None and a.keyword.value == name), None)
    positional = [a.value for a in call.args if a.keyword is None]
    if passed is None and len(positional) > params.index(name):
        passed = positional[params.index(name)]
    if passed is None:
        default = next(p.default for p in (*node.params.posonly_params, *node.params.params)
                       if p.name.value == name)
        if default is not None and not (isinstance(default, cst.Name) and default.value == "None"):
            return None  # the parameter's own default list: as the file's other calls say
        return True, None
    if isinstance(passed, cst.Name) and passed.value == "None":
        return True, None
    tokens = argv_tokens(resolver, passed, scope)
    if tokens is None and isinstance(passed, cst.Name):
        return None  # `get_args(argv)` handing its own caller's list on: followed as before
    return (True, tokens) if tokens is not None else (False, None)


def _changed_lists(resolver: Any) -> frozenset[str] | None:
    """Names the file changes in place (`RUN.append(...)`, `RUN[0] = ...`, `RUN += [...]`);
    None when CPython's tree is not at hand (then no list counts as fixed)."""
    if "lists changed" not in resolver.memo:
        nodes = resolver.positions.python_nodes()
        if nodes is None:
            resolver.memo["lists changed"] = None
            return None
        names = set()
        for node in nodes:
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in _CHANGES and isinstance(node.func.value, ast.Name):
                names.add(node.func.value.id)
            elif isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
                targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
                        names.add(target.value.id)
                    if isinstance(node, ast.AugAssign) and isinstance(target, ast.Name):
                        names.add(target.id)
        resolver.memo["lists changed"] = frozenset(names)
    return resolver.memo["lists changed"]
