"""A property read: `encoder.initial_state` on an instance of a class of the file, or
`self.initial_state` in one of its methods, where `initial_state` is a `@property`.

Python runs the getter on a plain attribute read, so a state or a size a property returns is
lost to the walk unless the read is taken as the call it is. The getter is inlined as a method
with no arguments would be (in the configuration the instance's site builds).
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.overridden import overridden
from lstmcheck.lint.flow.syntax import is_self
from lstmcheck.lint.flow.values import Layer

GETTERS = frozenset({"property", "cached_property"})


def _getter(cls: Any, name: str) -> cst.FunctionDef | None:
    """The class's one definition of `name`, when it is a property's getter."""
    bindings = cls.bindings.get(name, []) if cls is not None else []
    if len(bindings) != 1 or not isinstance(bindings[0].node, cst.FunctionDef):
        return None
    node = bindings[0].node
    for decorator in node.decorators:
        named = decorator.decorator
        if isinstance(named, cst.Name) and named.value in GETTERS:
            return node
        if isinstance(named, cst.Attribute) and named.attr.value in GETTERS:
            return node
    return None


def property_read(walker: Any, base: Any, node: cst.Attribute, scope: Any) -> Any:
    """What the property `node` reads returns, as far as the walk knows; None otherwise."""
    name = node.attr.value
    if is_self(node.value):
        cls = scope.parent if scope.kind == "function" else None
        if cls is None or cls.kind != "class" or _getter(cls, name) is None or overridden(cls, name):
            return None
        return walker._method_result(node, scope)
    if not isinstance(base, Layer) or base.kind not in ("module", "object") or base.forward is None:
        return None
    if _getter(base.forward.parent, name) is None:
        return None
    return walker._instance_call(base, name, [], {})
