"""CPython's tree of a file listed node by node, without libcst: what the engine's gate and
the positions read."""

from __future__ import annotations

import ast


def python_walk(tree: ast.AST) -> list[ast.AST]:
    """`list(ast.walk(tree))`, the same nodes in the same order (breadth first, each node's
    children in field order, so a node comes before its children), in a third less time: no
    generator per node."""
    out = [tree]
    node_type = ast.AST
    for node in out:  # grows as it goes: each node's children queue behind the others
        for name in node._fields:
            child = getattr(node, name, None)
            if isinstance(child, node_type):
                out.append(child)
            elif type(child) is list:
                out.extend([item for item in child if isinstance(item, node_type)])
    return out


_BINDS_TARGET = (ast.AugAssign, ast.AnnAssign, ast.For, ast.AsyncFor, ast.NamedExpr)


def assigned_targets(node: ast.AST) -> list[ast.AST]:
    """What a node of CPython's tree assigns or deletes, unpacked to its leaves (`a, *b = ...`:
    `a`, `b`): the targets of `=`, `del`, `+=`, an annotated assignment, `for`, `:=` and
    `with ... as`; nothing for any other node. The scans that ask "does the file change X
    anywhere?" read it, so that each sees every way Python changes a name or an attribute."""
    if isinstance(node, (ast.Assign, ast.Delete)):
        targets = list(node.targets)
    elif isinstance(node, _BINDS_TARGET):
        targets = [node.target]
    elif isinstance(node, (ast.With, ast.AsyncWith)):
        targets = [item.optional_vars for item in node.items if item.optional_vars is not None]
    else:
        return []
    out: list[ast.AST] = []
    while targets:
        target = targets.pop()
        if isinstance(target, (ast.Tuple, ast.List)):
            targets.extend(target.elts)
        elif isinstance(target, ast.Starred):
            targets.append(target.value)
        else:
            out.append(target)
    return out
