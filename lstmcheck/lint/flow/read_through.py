"""A number read out of a container the walk does not hold: `CONFIG["batch"]` of a module dict,
`self.args.batch_size` of an options object kept on `self`, `cfg.model["hidden"]`.

The walk holds tensors, layers and tuples; dicts, namespaces and dataclasses of options are the
resolver's. Where a subscript or an attribute chain reads one of those, the walk asks the
resolver, as it does for a plain name, and keeps only a number the file writes: a key whose
value the resolver cannot name stays unknown (a tensor in `batch["input"]` is not a size).
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.syntax import is_self
from lstmcheck.sizes import Size


def _root(node: cst.BaseExpression) -> cst.BaseExpression:
    while isinstance(node, (cst.Attribute, cst.Subscript)):
        node = node.value
    return node


def read_through(walker: Any, node: cst.Attribute | cst.Subscript, scope: Any, env: dict) -> Size | None:
    """The number `node` reads, when its chain starts at `self` or at a name the walk does not
    bind (a module constant, a parameter the configuration sets); None otherwise."""
    root = _root(node)
    if not (is_self(root) or (isinstance(root, cst.Name) and root.value not in env)):
        return None
    if is_self(root) and isinstance(node.value, cst.Attribute) and is_self(node.value.value) \
            and f"self.{node.value.attr.value}" in env:
        return None  # `self.x` the walk binds itself
    size = walker.resolver.size(node, scope)
    return size if isinstance(size, Size) and size.value is not None else None
