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
