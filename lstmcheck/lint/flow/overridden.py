"""Whether `self.name(...)` in a class may run another class's method: a class of the file
that derives from it (directly or through others) defines `name` again. The walk of the base
is also the walk of that subclass's instances (a subclass's `super().__init__` builds the
base), where `self.init_hidden()` is the subclass's, so the base's method says nothing sure."""

from __future__ import annotations

from typing import Any

import libcst as cst


def overridden(cls: Any, name: str) -> bool:
    module = cls.parent
    if module is None or not hasattr(module, "classes"):
        return False
    below = {cls.name}
    changed = True
    while changed:  # the classes derived from `cls`, through any depth
        changed = False
        for class_name, scopes in module.classes.items():
            if class_name in below:
                continue
            for scope in scopes:
                node = scope.node
                if isinstance(node, cst.ClassDef) and any(
                        isinstance(base.value, cst.Name) and base.value.value in below
                        for base in node.bases):
                    below.add(class_name)
                    changed = True
                    if scope.bindings.get(name):
                        return True
    return False
