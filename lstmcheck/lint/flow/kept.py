"""States a module keeps on `self` between calls: `self.hidden = self.init_hidden()` in
`__init__`, read by `forward` before `forward` stores the layer's new state there.

On the first call that reads it, `self.hidden` is what `__init__` made, when nothing else can
have changed it in between: no other method of the class assigns it, the method that reads it
assigns it only after the read, and no code outside the class assigns the attribute of any
object (`model.hidden = model.init_hidden(64)` would be the value the first call sees). The
first call is the one checked: a state that fails there fails every run.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import libcst as cst

from lstmcheck.lint.flow.syntax import (
    attribute_targets,
    is_self,
    isinstance_of_name,
    params,
)
from lstmcheck.lint.flow.values import Layer, Symbolic, Tup, Val
from lstmcheck.records import Tensor

_MAX_DEPTH = 3  # as the walker's inlining


class KeptStates:
    """Mixin of the walker: `self.X` read before the method assigns it."""

    def _kept_state(self, scope: Any, attr: str, read: cst.CSTNode) -> Val:
        cls = scope.parent if scope is not None and scope.kind == "function" else None
        if cls is None or cls.kind != "class" or cls.bindings.get(attr) or scope.name == "__init__":
            return None
        entries = cls.attribute_values.get(attr, [])
        made = [e for e in entries if e[1].name == "__init__" and e[1].parent is cls]
        if len(made) != 1 or made[0][0] is None or made[0][2] \
                or any(e[1] is not scope for e in entries if e not in made):
            return None
        if attr in self._foreign_attributes():
            return None
        line = self.resolver.location(read).line
        if any(at < line for at in self._self_assignments(scope).get(attr, ())):
            return None
        value, method, _ = made[0]
        return self._made_once(self._kept, cls, attr, value, method, _is_state)

    def _self_assignments(self, scope: Any) -> dict[str, list[int]]:
        """`self.X` -> the lines a method assigns it on (one visit per method)."""
        found = self._assigned_in.get(id(scope))
        if found is None:
            found = {}
            for target in attribute_targets(scope.node):
                if is_self(target.value):
                    found.setdefault(target.attr.value, []).append(self.resolver.location(target).line)
            self._assigned_in[id(scope)] = found
        return found

    def _foreign_attributes(self) -> frozenset[str]:
        """Attributes the file assigns on anything but `self` (`model.hidden = ...`)."""
        if self._foreign is None:
            self._foreign = frozenset(target.attr.value for target in attribute_targets(self.module)
                                      if not is_self(target.value))
        return self._foreign


class KeptByObjects:
    """Mixin of the walker: states an object of the file's own class is built with and keeps
    (`self.hidden = (rnnstate,)`), read back as `state.hidden`."""

    def _keeping(self, layer: Layer, node: cst.Call, passed: list[Val], named: dict[str, Val]) -> Layer:
        """The object with the states its `__init__` keeps, when it is built from any."""
        if layer.kind != "object" or layer.forward is None or self._depth >= _MAX_DEPTH \
                or any(a.star for a in node.args) \
                or not any(_is_state(v) for v in (*passed, *named.values())):
            return layer
        init = layer.forward
        names = params(init.node.params)
        if names[:1] == ["self"]:
            names = names[1:]
        bound = dict(zip(names, passed))
        bound.update({k: v for k, v in named.items() if k in names})
        env: dict[str, Val] = {name: bound[name] if bound.get(name) is not None
                               else Symbolic(f"{name}@{init.key}") for name in names}
        saved, self.feeds = self.feeds, []
        inlined = len(self._inlined)
        self._depth += 1
        try:
            self._walk_function(init, env)
        finally:
            self._depth -= 1
            self.feeds = saved  # __init__'s own feeds are its own walk's
            del self._inlined[inlined:]
        kept = tuple((key[len("self."):], value) for key, value in env.items()
                     if key.startswith("self.") and _is_state(value))
        return replace(layer, options=layer.options + (("kept", kept),)) if kept else layer

    def _kept_by(self, base: Val, attr: str, node: cst.Attribute) -> Val:
        """`state.hidden` of an object built from states: what its `__init__` kept there, its
        tensors marked as read here (`state.hidden at line 51`), where a form the reader
        does not undo is fixed."""
        if not isinstance(base, Layer) or base.kind != "object":
            return None
        value = dict(dict(base.options).get("kept", ())).get(attr)
        if value is None:
            return None
        location = self.resolver.location(node)
        origin = f"{self.resolver.text(node)} at line {location.line}, {KEPT_ON} {base.name}"

        def read(item: Any) -> Any:
            return replace(item, origin=origin, made_at=location) if isinstance(item, Tensor) else item
        return Tup(tuple(read(i) for i in value.items)) if isinstance(value, Tup) else read(value)


KEPT_ON = "kept on"  # in the origin of a state read from an object: "state.hidden at line 51, kept on X"


def is_tuple_test(test: cst.BaseExpression, env: dict[str, Val]) -> bool | None:
    """`isinstance(h, tuple)` (or `(tuple, list)`, or under `not`) for a name the walk knows
    to hold a tuple or a tensor: whether the test holds."""
    parts = isinstance_of_name(test)
    if parts is None or not _names_tuple(parts[1]):
        return None
    value = env.get(parts[0])
    if not isinstance(value, (Tup, Tensor)):
        return None
    return isinstance(value, Tup) != parts[2]


def _names_tuple(types: cst.BaseExpression) -> bool:
    """`tuple`, or a tuple of type names with `tuple` among them and only `list` beside it
    (what a walked tuple or list is an instance of, and a tensor is not)."""
    if isinstance(types, cst.Name):
        return types.value == "tuple"
    if not isinstance(types, cst.Tuple) or not types.elements:
        return False
    names = [e.value.value if isinstance(e.value, cst.Name) else None for e in types.elements]
    return "tuple" in names and all(n in ("tuple", "list") for n in names)


def _is_state(value: Val) -> bool:
    """A tensor, or a tuple of tensors (an LSTM's `(h, c)`)."""
    if isinstance(value, Tensor):
        return True
    return isinstance(value, Tup) and bool(value.items) and all(isinstance(i, Tensor) for i in value.items)
