"""A table of layer classes kept on a class: `supported_rnns = {"lstm": nn.LSTM, ...}`.

Wrappers pick their torch layer from a class attribute (`self.supported_rnns[rnn_type]`,
`BaseRNN.RNNS[kind]`) as often as from a module-level dict. The table is the class body's
one dict literal, when neither an instance (`self.X = ...`) nor any other class of the file
(a subclass replacing it) binds the name.
"""

from __future__ import annotations

import libcst as cst

from lstmcheck.lint.scopes import Scope


def class_table(node: cst.BaseExpression, scope: Scope) -> tuple[cst.Dict, Scope] | None:
    """The dict literal `self.X` (in a method) or `Cls.X` names, with the class scope it is
    written in; None when the class may hold another one."""
    if not isinstance(node, cst.Attribute) or not isinstance(node.value, cst.Name):
        return None
    attr = node.attr.value
    module = scope
    while module.parent is not None:
        module = module.parent
    if node.value.value == "self":
        cls = scope.parent if scope.kind == "function" else None
        if cls is None or cls.kind != "class":
            return None
        owner = _defining(cls, attr, module)
    else:
        classes = module.classes.get(node.value.value, [])
        owner = classes[0] if len(classes) == 1 else None
        if owner is not None and not owner.bindings.get(attr):
            return None
    if owner is None or owner.attribute_values.get(attr):
        return None
    others = [c for found in module.classes.values() for c in found
              if c is not owner and (c.bindings.get(attr) or c.attribute_values.get(attr))]
    bindings = owner.bindings.get(attr, [])
    if others or len(bindings) != 1 or bindings[0].kind != "assign" \
            or not isinstance(bindings[0].payload, cst.Dict):
        return None
    return bindings[0].payload, owner


def _defining(cls: Scope, attr: str, module: Scope) -> Scope | None:
    """The class of the file, `cls` or one of its bases (followed by name), whose body binds
    `attr`."""
    seen: set[int] = set()
    while cls is not None and id(cls) not in seen:
        seen.add(id(cls))
        if cls.bindings.get(attr):
            return cls
        node = cls.node
        bases = [b.value for b in node.bases] if isinstance(node, cst.ClassDef) else []
        named = [module.classes.get(b.value, []) for b in bases if isinstance(b, cst.Name)]
        found = [c for c in named if len(c) == 1]
        if len(found) != 1:
            return None
        cls = found[0][0]
    return None
