"""Which expression builds the object an expression holds, through names, functions and
attributes: `cfg` of `cfg = get_config()` whose one `return SimpleNamespace(...)` builds
it, `cfg.model` of `SimpleNamespace(model=SimpleNamespace(hidden=64))`, `Config.model` of a
class attribute, `cfg` bound to the class object itself (`cfg = Config`).

A mixin of the Resolver (lint/resolve.py), which evaluates the attribute at the end; this
module only walks to the object. An object something in the file may change is not followed:
an attribute assigned on any object but `self` anywhere in the file (`cfg.model.hidden = 2`,
`setattr(...)`) stops the walk at that attribute.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.imports import dotted
from lstmcheck.lint.scopes import Scope

# calls whose keywords are the object's attributes
NAMESPACES = ("types.SimpleNamespace", "argparse.Namespace")


class BuiltObjects:
    """Following objects to the expression that builds them (Resolver mixin)."""

    def built_object(self: Any, node: cst.BaseExpression, scope: Scope, depth: int
                     ) -> tuple[cst.BaseExpression, Scope] | None:
        """The expression that builds what `node` holds, with its scope: a call (a namespace,
        an instance of a class of the file), a dict literal, or a class of the file named."""
        if depth > 8:
            return None
        if isinstance(node, cst.Name):
            built = self.object_of(node.value, scope, depth)
            if built is None:
                return class_named(node.value, scope)
            return self.returned_object(built[0], built[1], depth + 1)
        if isinstance(node, cst.Attribute) and isinstance(node.value, (cst.Name, cst.Attribute)):
            if self.changed_member(node.attr.value):
                return None
            inner = self.built_object(node.value, scope, depth + 1)
            member = None if inner is None else self.member_node(inner[0], inner[1], node.attr.value, depth + 1)
            if member is None:
                return None
            if isinstance(member[0], (cst.Name, cst.Attribute)):
                return self.built_object(member[0], member[1], depth + 1)
            return self.returned_object(member[0], member[1], depth + 1)
        return None

    def returned_object(self: Any, node: cst.BaseExpression, scope: Scope, depth: int
                        ) -> tuple[cst.BaseExpression, Scope] | None:
        """`get_config()` of a module-level function whose one `return` builds a namespace,
        a dict or an instance with literal arguments (none of its parameters): that
        expression; any other expression stays itself."""
        if isinstance(node, cst.Name) and depth <= 8 and class_named(node.value, scope) is None:
            return self.built_object(node, scope, depth + 1) or (node, scope)  # `CFG` of `CFG = Config`
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and depth <= 8:
            returned = self._returned_literal(node.func.value, scope, (cst.Call, cst.Dict))
            if returned is not None:
                return self.returned_object(returned[0], returned[1], depth + 1)
        return node, scope

    def member_node(self: Any, built: cst.BaseExpression, where: Scope, attr: str, depth: int
                    ) -> tuple[cst.BaseExpression, Scope] | None:
        """The expression the attribute `attr` of an object built by `built` is bound to: a
        namespace's keyword, a class attribute (of the class itself, or of an instance of a
        class without `__init__` that does not pass it)."""
        if isinstance(built, cst.Call):
            path = self.callee(built.func, where, depth + 1)
            if path in NAMESPACES:
                if any(a.star or a.keyword is None for a in built.args):
                    return None
                passed = {a.keyword.value: a.value for a in built.args if a.keyword is not None}
                return (passed[attr], where) if attr in passed else None
            if not isinstance(built.func, cst.Name):
                return None
            cls = class_named(built.func.value, where)
            if cls is None or cls[1].bindings.get("__init__"):
                return None
            if any(a.star for a in built.args):
                return None
            passed = {a.keyword.value: a.value for a in built.args if a.keyword is not None}
            if attr in passed:
                return passed[attr], where
            if any(a.keyword is None for a in built.args):
                return None
            return _class_member(cls[1], attr)
        if isinstance(built, cst.Name):
            cls = class_named(built.value, where)
            return None if cls is None else _class_member(cls[1], attr)
        return None

    def method_value(self: Any, node: cst.Call, scope: Scope, depth: int) -> tuple[bool, Any, Any] | None:
        """`self.output_size()` (a method of this class whose body is one return) and
        `self.encoder.output_size()` / `enc.output_size()` of an instance built in the file;
        None when the call is none of these."""
        func = node.func
        if node.args or not isinstance(func, cst.Attribute) or depth > 8:
            return None
        if isinstance(func.value, cst.Name) and func.value.value == "self":
            cls = scope.parent if scope.kind == "function" else None
            returned = _property_return(cls, func.attr.value, called=True) \
                if cls is not None and cls.kind == "class" else None
            method = None if returned is None else next((s for s in self.scopes if s.node is returned[1]), None)
            if method is None or returned is None:
                return None
            return self._evaluate(returned[0], method, depth + 1)
        built = self.kept_instance(func.value, scope, depth) \
            if isinstance(func.value, cst.Attribute) else self.built_object(func.value, scope, depth + 1)
        if built is None or not isinstance(built[0], cst.Call) or not isinstance(built[0].func, cst.Name):
            return None
        cls = class_named(built[0].func.value, built[1])
        if cls is None:
            return None
        return self.computed_member(cls[1], built[0], built[1], func.attr.value, depth, called=True)

    def kept_instance(self: Any, node: cst.Attribute, scope: Scope, depth: int
                      ) -> tuple[cst.BaseExpression, Scope] | None:
        """`self.encoder` of `self.encoder = Encoder(16)`, assigned once, in `__init__`."""
        if not (isinstance(node.value, cst.Name) and node.value.value == "self"):
            return None
        cls = scope.parent if scope.kind == "function" else None
        attr = node.attr.value
        if cls is None or cls.kind != "class" or cls.bindings.get(attr) \
                or len(cls.attribute_values.get(attr, [])) != 1 or self._set_from_outside(attr):
            return None
        value, method, conditions = cls.attribute_values[attr][0]
        if conditions or method.name != "__init__" or method.parent is not cls or not isinstance(value, cst.Call):
            return None
        return value, method

    def computed_member(self: Any, cls: Scope, call: cst.Call, where: Scope, attr: str, depth: int,
                        called: bool = False) -> tuple[bool, Any, Any] | None:
        """`enc.output_dim` of `enc = Encoder(16)` where `output_dim` is a `@property` of
        Encoder whose body is one `return`: that expression, with the call's arguments bound
        to `__init__`'s parameters (the others at their defaults); None when `attr` is no
        such property."""
        returned = _property_return(cls, attr, called)
        init = self._init_scope(cls)
        if returned is None or init is None or depth > 8:
            return None
        method = next((s for s in self.scopes if s.node is returned[1]), None)
        passed = self.bound_arguments(call, where, init, depth)
        if method is None or passed is None:
            return False, None, None
        own = f"@{init.key}"
        saved = self.config
        self.config = {**{k: v for k, v in saved.items() if not k.endswith(own)}, **passed}
        try:
            return self._evaluate(returned[0], method, depth + 1)
        finally:
            self.config = saved

    def bound_arguments(self: Any, call: cst.Call, where: Scope, init: Scope, depth: int
                        ) -> dict[str, tuple[Any, Any]] | None:
        """The call's arguments as `__init__`'s parameters ("hidden@Encoder.__init__:3" ->
        (value or UNKNOWN, origin)); None when it spreads `*args`/`**kwargs` or passes a
        parameter `__init__` does not have."""
        return self._call_binds(call.args, init.node, init, where, depth)

    def changed_member(self: Any, attr: str) -> bool:
        """Whether the file assigns `attr` on any object but `self` (`cfg.model = ...`,
        `cfg.model.hidden = ...`, `setattr(x, name, ...)`): then what built it may not hold."""
        changed = self.memo.get("members changed")
        if changed is None:
            changed = self.memo["members changed"] = _members_changed(self.positions.python_nodes())
        return attr in changed or None in changed


def class_named(name: str, scope: Scope) -> tuple[cst.BaseExpression, Scope] | None:
    """A class of the module that `name` names (bound once, at module level)."""
    module = scope
    while module.parent is not None:
        module = module.parent
    classes = module.classes.get(name, [])
    bindings = module.bindings.get(name, [])
    found = scope
    while found is not None and name not in found.bindings:
        found = found.parent
    if found is not module or len(classes) != 1 or len(bindings) != 1:
        return None
    return cst.Name(name), classes[0]


def _class_member(cls: Scope, attr: str) -> tuple[cst.BaseExpression, Scope] | None:
    """The class body's one binding of `attr` to an expression, unless an instance assigns it."""
    bindings = cls.bindings.get(attr, [])
    if len(bindings) != 1 or bindings[0].kind != "assign" or bindings[0].payload is None \
            or attr in cls.instance_attributes:
        return None
    return bindings[0].payload, cls


_FIELD_CALLS = ("dataclasses.field", "attr.ib", "attr.attrib", "attr.field", "attrs.field")


def field_default(node: cst.BaseExpression, path: str | None) -> cst.BaseExpression | None:
    """`field(default=32)` / `attr.ib(default=32)` of a class body (`path` the callee's
    path): the default's node; None for anything else (`default_factory` included)."""
    if not isinstance(node, cst.Call) or path not in _FIELD_CALLS:
        return None
    return next((a.value for a in node.args if a.keyword is not None and a.keyword.value == "default"), None)


def record_fields(cls: Scope) -> list[str] | None:
    """The fields of a `@dataclass` (or `typing.NamedTuple`) class in the order positional
    arguments fill them; None for other classes, or one whose `__post_init__` may change them."""
    node = cls.node
    if not isinstance(node, cst.ClassDef) or cls.bindings.get("__post_init__"):
        return None
    decorated = any(_named_like(d.decorator, "dataclass") for d in node.decorators)
    tupled = len(node.bases) == 1 and _named_like(node.bases[0].value, "NamedTuple")
    if not (decorated and not node.bases) and not tupled:
        return None  # a dataclass's bases add fields in front: not followed
    body = node.body.body if isinstance(node.body, cst.IndentedBlock) else ()
    fields = [small for line in body if isinstance(line, cst.SimpleStatementLine)
              for small in line.body if isinstance(small, cst.AnnAssign)]
    if any(not isinstance(f.target, cst.Name) or _named_like(f.annotation.annotation, "KW_ONLY")
           or (isinstance(f.value, cst.Call) and any(a.keyword is not None and a.keyword.value in ("init", "kw_only")
                                                     for a in f.value.args))
           for f in fields):
        return None  # `field(init=False)`, `kw_only`: positions are not the body's order
    return [f.target.value for f in fields if not _class_var(f.annotation.annotation)]  # type: ignore[attr-defined]


def _named_like(node: cst.BaseExpression, name: str) -> bool:
    """`dataclass`, `dataclasses.dataclass`, `dataclass(frozen=True)`."""
    if isinstance(node, cst.Call):
        node = node.func
    return (isinstance(node, cst.Name) and node.value == name) or \
        (isinstance(node, cst.Attribute) and node.attr.value == name)


def _class_var(annotation: cst.BaseExpression) -> bool:
    if isinstance(annotation, cst.Subscript):
        annotation = annotation.value
    return _named_like(annotation, "ClassVar")


def unpacked_position(node: Any, name: str) -> tuple[int, int] | None:
    """(index, count) of `name` in `a, b = value` (one target of plain names, no star)."""
    if not isinstance(node, cst.Assign) or len(node.targets) != 1 \
            or not isinstance(node.targets[0].target, (cst.Tuple, cst.List)):
        return None
    names = [e.value.value if isinstance(e, cst.Element) and isinstance(e.value, cst.Name) else None
             for e in node.targets[0].target.elements]
    if None in names or names.count(name) != 1:
        return None
    return names.index(name), len(names)


def _property_return(cls: Scope, attr: str, called: bool = False
                     ) -> tuple[cst.BaseExpression, cst.FunctionDef] | None:
    """The expression a `@property` of the class returns (`called`: a plain method taking
    only `self`, as `get_output_size()`), when its body is that one return."""
    bindings = cls.bindings.get(attr, [])
    node = bindings[0].node if len(bindings) == 1 else None
    if not isinstance(node, cst.FunctionDef):
        return None
    decorators = [d.decorator.value for d in node.decorators if isinstance(d.decorator, cst.Name)]
    if len(decorators) != len(node.decorators) or decorators != ([] if called else ["property"]):
        return None
    params = node.params
    if called and (len(params.params) != 1 or params.posonly_params or params.kwonly_params
                   or params.star_kwarg is not None or not isinstance(params.star_arg, cst.MaybeSentinel)):
        return None
    body = node.body.body if isinstance(node.body, cst.IndentedBlock) else ()
    statements = [s for s in body if not (isinstance(s, cst.SimpleStatementLine) and isinstance(s.body[0], cst.Expr)
                                          and isinstance(s.body[0].value, cst.SimpleString))]
    if len(statements) != 1 or not isinstance(statements[0], cst.SimpleStatementLine) \
            or len(statements[0].body) != 1 or not isinstance(statements[0].body[0], cst.Return) \
            or statements[0].body[0].value is None:
        return None
    return statements[0].body[0].value, node


def _members_changed(nodes: Any) -> set[str | None]:
    """Attributes the file assigns on anything but `self` (any depth of the target), and
    None when `setattr` names one it does not spell out."""
    import ast

    from lstmcheck.lint.python_nodes import assigned_targets

    out: set[str | None] = set()
    if nodes is None:
        return {None}

    for node in nodes:
        for target in assigned_targets(node):
            if isinstance(target, ast.Attribute) and not (isinstance(target.value, ast.Name)
                                                          and target.value.id in ("self", "cls")):
                out.add(target.attr)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("setattr", "delattr") and len(node.args) > 1:
            if isinstance(node.args[0], ast.Name) and node.args[0].id in ("self", "cls"):
                continue
            named = node.args[1]
            out.add(named.value if isinstance(named, ast.Constant) and isinstance(named.value, str) else None)
    return out


__all__ = ["BuiltObjects", "NAMESPACES", "dotted"]
