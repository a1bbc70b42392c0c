"""States a module keeps on `self` between calls: `self.hidden = self.init_hidden()` in
`__init__`, read by `forward` before `forward` stores the layer's new state there.

On the first call that reads it, `self.hidden` is what `__init__` made, when nothing else can
have changed it in between: no other method of the class assigns it, the method that reads it
assigns it only after the read, and no code outside the class assigns the attribute of any
object (`model.hidden = model.init_hidden(64)` would be the value the first call sees). The
first call is the one checked: a state that fails there fails every run.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.syntax import attribute_targets, is_self
from lstmcheck.lint.flow.values import Tup, Val
from lstmcheck.records import Tensor


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


def _is_state(value: Val) -> bool:
    """A tensor, or a tuple of tensors (an LSTM's `(h, c)`)."""
    if isinstance(value, Tensor):
        return True
    return isinstance(value, Tup) and bool(value.items) and all(isinstance(i, Tensor) for i in value.items)
