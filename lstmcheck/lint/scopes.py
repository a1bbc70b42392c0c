"""Scopes and bindings: the one libcst pass that notes, per scope (module, class, function,
comprehension), every name binding it sees and every call that may be a recurrent layer.

Imports, simple assignments and parameters with their defaults are kept as they are; anything
else is an opaque binding. Only after the whole file is read are names resolved
(`lint/resolve.py`), so that Python's flow-insensitive scoping holds: a name assigned anywhere
in a function is local throughout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import libcst as cst

from lstmcheck.lint.imports import dotted, import_bindings
from lstmcheck.lint.noted import Noted
from lstmcheck.lint.positions import NAMED_CONSTANTS, Written
from lstmcheck.lint.walk import TRIVIA, child_fields, walk

_MAX_DEPTH = 8
# Integers beyond this are taken as unknown: no layer has that many of anything, and Python
# refuses to turn ints of more than 4300 digits into text.
_LARGEST_INT = 10**100


def literal_of(node: cst.BaseExpression) -> tuple[bool, Any]:
    """A number or string literal's value, or (False, None) when it has none that is safe to
    hold: a string with a NUL character (Python refuses to compile it), a huge integer."""
    if type(node) is cst.Integer and len(node.value) < 19 and node.value.isascii() \
            and node.value.isdigit():
        return True, int(node.value)  # a few plain decimal digits: what compiling them gives
    try:
        value = node.evaluated_value  # type: ignore[attr-defined]
    except (ValueError, SyntaxError, TypeError, OverflowError, MemoryError):
        return False, None
    if isinstance(value, int) and abs(value) >= _LARGEST_INT:
        return False, None
    return value is not None, value


class _Names(cst.CSTVisitor):
    def __init__(self) -> None:
        self.found: set[str] = set()

    def visit_Name(self, node: cst.Name) -> None:
        self.found.add(node.value)


def names_in(node: cst.CSTNode) -> set[str]:
    """Every name an expression (or any node) reads or writes."""
    names = _Names()
    walk(node, names)
    return names.found


def int_of(node: cst.BaseExpression) -> int | None:
    """An integer literal's value, None when it is not one or too large to be a size."""
    if not isinstance(node, cst.Integer):
        return None
    ok, value = literal_of(node)
    return value if ok else None


@dataclass
class Binding:
    kind: str  # "import", "assign", "param", "other"
    payload: Any = None  # the dotted path, the assigned value node, or the default node
    node: cst.CSTNode | None = None
    # the `if` tests (test, branch taken) around the binding in its own scope: a binding in a
    # branch a configuration does not take is not one of its bindings
    conditions: tuple[tuple[cst.BaseExpression, bool], ...] = ()
    fallback: bool = False  # bound in `except ImportError:` (`nn = None`)


@dataclass
class Scope:
    kind: str  # "module", "class", "function"
    name: str
    parent: Scope | None
    bindings: dict[str, list[Binding]] = field(default_factory=dict)
    stars: list[str] = field(default_factory=list)
    # torch names a star import of the project's own module brings in (lint/star_imports.py)
    star_torch: dict[str, str] = field(default_factory=dict)
    instance_attributes: set[str] = field(default_factory=set)  # class scopes: self.X = ...
    # class scopes: every `self.X = value` in its methods, as (value, method scope, the `if`
    # tests around it); the value is None when the assignment is not a plain one
    attribute_values: dict[str, list[tuple[cst.BaseExpression | None, Scope, tuple]]] = field(
        default_factory=dict)
    classes: dict[str, list[Scope]] = field(default_factory=dict)  # module scope: by name
    # names whose dict is changed in this scope: `x.pop("k")` (the key), or None for anything
    # that may change it (`x["k"] = v`, `x.update(...)`, `del x["k"]`)
    mutations: dict[str, list[str | None]] = field(default_factory=dict)
    # module scope: argparse options by destination -> their `default=` nodes
    options: dict[str, list[cst.BaseExpression | None]] = field(default_factory=dict)
    # the candidate calls under an `if` of this scope, with its tests (test, branch taken): a
    # layer built in a branch a configuration does not take is not built there
    guarded_calls: list[tuple[cst.Call, tuple[tuple[cst.BaseExpression, bool], ...]]] = field(
        default_factory=list)
    key: str = ""  # unique in the file: "Model.__init__:3"
    node: cst.CSTNode | None = None

    def bind(self, name: str, binding: Binding) -> None:
        self.bindings.setdefault(name, []).append(binding)


def _targets(node: cst.BaseExpression) -> list[cst.BaseExpression]:
    """Every single target in a (possibly nested, possibly starred) assignment target."""
    if isinstance(node, (cst.Tuple, cst.List)):
        return [t for element in node.elements for t in _targets(element.value)]
    if isinstance(node, cst.StarredElement):
        return _targets(node.value)
    return [node]


def _names_in_target(node: cst.BaseExpression) -> list[str]:
    if isinstance(node, cst.Name):
        return [node.value]
    if isinstance(node, (cst.Tuple, cst.List)):
        out: list[str] = []
        for element in node.elements:
            out.extend(_names_in_target(element.value))
        return out
    if isinstance(node, cst.StarredElement):
        return _names_in_target(node.value)
    return []


def _unpacked_pairs(node: cst.Assign) -> list[tuple[cst.BaseExpression, cst.BaseExpression]] | None:
    """`a, b = x, y` as (a, x), (b, y): a flat tuple of targets and one of values, alike in
    length and without stars; None for anything else."""
    target, value = node.targets[0].target, node.value
    if not isinstance(target, (cst.Tuple, cst.List)) or not isinstance(value, (cst.Tuple, cst.List)):
        return None
    if len(target.elements) != len(value.elements) or any(
            isinstance(e, cst.StarredElement) for e in (*target.elements, *value.elements)):
        return None
    return [(t.value, v.value) for t, v in zip(target.elements, value.elements)]


class Collector(cst.CSTVisitor):
    """The pass itself: run it with `lint.walk.walk(module, collector)`, which calls these
    methods as libcst's visit would, at a fraction of the cost."""

    def __init__(self) -> None:
        super().__init__()
        self.module_scope = Scope("module", "<module>", None, key="<module>")
        self.scope = self.module_scope
        self.scopes: list[Scope] = [self.module_scope]
        self.calls: list[tuple[cst.Call, Scope, str | None]] = []
        self._assignments: list[cst.Assign] = []
        self._conditions: list[tuple[cst.BaseExpression, bool, Scope]] = []
        self._fallbacks = 0  # inside `except ImportError:`
        self.written = Written()  # constants, calls and subscripts as written, for positions
        # what the flow's rooms ask of each function, noted on this same walk (lint/noted.py)
        self.noted = Noted()
        # whose own code the walk is in: (a def's body or the module, its calls, its loops, the
        # def); None in a class, a lambda, or a def's header
        self._owners: list[tuple[Any, list, list, Any] | None] = [None]
        # the names assigned so far in each loop, branch and block being walked, per def or
        # class (a def's or class's inside assigns nothing outside it)
        self._levels: list[list[set[str]]] = [[]]
        self._unnamed = 0  # inside a def's or class's own name, annotations, class decorators
        self._class_bodies: list[str] = []  # the classes whose bodies the walk is in

    # notes for the flow (lint/noted.py) ---------------------------------------------------
    def visit_Module(self, node: cst.Module) -> None:
        self.noted.module = node
        self._owners = [self._owner(node, None)]

    def _owner(self, body: cst.CSTNode, function: cst.FunctionDef | None) -> tuple:
        entry = (body, [], [], function)
        self.noted.sites[id(body)] = entry
        return entry

    def _open(self, node: cst.CSTNode) -> None:
        names: set[str] = set()
        self._levels[-1].append(names)
        self.noted.assigned[id(node)] = (node, names)

    def _close(self, original_node: cst.CSTNode | None = None) -> None:
        self._levels[-1].pop()

    def _assigned(self, names: list[str]) -> None:
        for found in self._levels[-1]:
            found.update(names)

    # the loops, branches and blocks the flow asks about (`For` and `If` below)
    visit_While = visit_Else = visit_Finally = _open  # type: ignore[assignment]
    visit_IndentedBlock = visit_SimpleStatementSuite = _open  # type: ignore[assignment]
    visit_Match = visit_TryStar = _open  # type: ignore[assignment]
    leave_While = leave_Else = leave_Finally = _close  # type: ignore[assignment]
    leave_IndentedBlock = leave_SimpleStatementSuite = _close  # type: ignore[assignment]
    leave_Match = leave_TryStar = _close  # type: ignore[assignment]

    def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
        self._assigned(_names_in_target(node.target))

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            self._assigned(_names_in_target(node.asname.name))
            self._bind_other(node.asname.name, node)

    def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
        self.visit_Global(node)  # type: ignore[arg-type]

    def visit_Yield(self, node: cst.Yield) -> None:
        owner = self._owners[-1]
        if owner is not None and owner[3] is not None:
            self.noted.generators[id(owner[3])][1] = True

    def visit_Integer(self, node: cst.Integer) -> None:
        self.written.constants.append(node)

    visit_Float = visit_Imaginary = visit_Integer  # type: ignore[assignment]

    def visit_Name(self, node: cst.Name) -> None:
        if node.value in NAMED_CONSTANTS:
            self.written.constants.append(node)
        if not self._unnamed and node.value not in self._class_bodies:
            self.noted.name_uses.setdefault(node.value, []).append(id(node))

    def _here(self) -> tuple[tuple[cst.BaseExpression, bool], ...]:
        return tuple((test, taken) for test, taken, scope in self._conditions if scope is self.scope)

    def _bind(self, name: str, binding: Binding) -> None:
        binding.conditions = self._here()
        binding.fallback = self._fallbacks > 0
        self.scope.bind(name, binding)

    def visit_If(self, node: cst.If) -> bool:
        self._open(node)
        walk(node.test, self)
        self._conditions.append((node.test, True, self.scope))
        walk(node.body, self)
        self._conditions.pop()
        if node.orelse is not None:
            self._conditions.append((node.test, False, self.scope))
            walk(node.orelse, self)
            self._conditions.pop()
        self._close()
        return False

    def visit_ExceptHandler(self, node: cst.ExceptHandler) -> None:
        if node.name is not None:
            self._assigned(_names_in_target(node.name.name))
            self._bind_other(node.name.name, node)
        names = [] if node.type is None else (
            [e.value for e in node.type.elements] if isinstance(node.type, cst.Tuple) else [node.type])
        if any(dotted(n) in ("ImportError", "ModuleNotFoundError") for n in names):
            self._fallbacks += 1

    def leave_ExceptHandler(self, original_node: cst.ExceptHandler) -> None:
        names = [] if original_node.type is None else (
            [e.value for e in original_node.type.elements]
            if isinstance(original_node.type, cst.Tuple) else [original_node.type])
        if any(dotted(n) in ("ImportError", "ModuleNotFoundError") for n in names):
            self._fallbacks -= 1

    # scopes -------------------------------------------------------------------------------
    def _push(self, kind: str, name: str, node: cst.CSTNode | None = None) -> None:
        parent = self.scope
        qualname = name if parent.kind == "module" else f"{parent.key.rsplit(':', 1)[0]}.{name}"
        self.scope = Scope(kind, name, parent, key=f"{qualname}:{len(self.scopes)}", node=node)
        self.scopes.append(self.scope)

    def _pop(self) -> None:
        assert self.scope.parent is not None
        self.scope = self.scope.parent

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self._bind(node.name.value, Binding("other", node=node))
        self._push("class", node.name.value, node)
        if self.scope.parent is self.module_scope:
            self.module_scope.classes.setdefault(node.name.value, []).append(self.scope)
        self._assigned([node.name.value])
        self._levels.append([])
        self._owners.append(None)
        for name in child_fields(node):  # its bases, then its body, as uses of names
            if name == "body":
                self._class_bodies.append(node.name.value)
            self._walk_fields_of(node, name, ("bases", "body"))
            if name == "body":
                self._class_bodies.pop()
        return False

    def _walk_fields_of(self, node: cst.CSTNode, name: str, counted: tuple[str, ...],
                        owner: tuple | None = None) -> None:
        """One child field of a def or class, in the walk's order: `owner` the owner of its
        body's own code; names counted as uses only in the `counted` fields."""
        child = getattr(node, name)
        if owner is not None:
            self._owners.append(owner)
        unnamed = name not in counted
        self._unnamed += unnamed
        for item in (child if type(child) in (tuple, list) else (child,)):
            if item is not None and item is not cst.MaybeSentinel.DEFAULT \
                    and type(item) not in TRIVIA:
                walk(item, self)
        self._unnamed -= unnamed
        if owner is not None:
            self._owners.pop()

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        self._pop()
        self._levels.pop()
        self._owners.pop()

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self._bind(node.name.value, Binding("other", node=node))
        self._push("function", node.name.value, node)
        self._bind_params(node.params)
        self._assigned([node.name.value])
        self._levels.append([])
        self._owners.append(None)
        self.noted.generators[id(node)] = [node, False]
        for name in child_fields(node):  # decorators, parameters and body as uses of names
            owner = self._owner(node.body, node) if name == "body" else None
            self._walk_fields_of(node, name, ("decorators", "params", "body"), owner)
        return False

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self._pop()
        self._levels.pop()
        self._owners.pop()

    def visit_Lambda(self, node: cst.Lambda) -> None:
        self._push("function", "<lambda>")
        self._bind_params(node.params)
        self._owners.append(None)

    def leave_Lambda(self, original_node: cst.Lambda) -> None:
        self._pop()
        self._owners.pop()

    def _bind_params(self, params: cst.Parameters) -> None:
        for param in (*params.posonly_params, *params.params, *params.kwonly_params):
            self._bind(param.name.value, Binding("param", param.default, param))
        for star in (params.star_arg, params.star_kwarg):
            if isinstance(star, cst.Param):
                self._bind(star.name.value, Binding("other", node=star))

    def _visit_comprehension(self, node: cst.CSTNode) -> None:
        self._push("function", "<comprehension>")

    def _leave_comprehension(self, node: cst.CSTNode) -> None:
        self._pop()

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _visit_comprehension
    leave_ListComp = leave_SetComp = leave_DictComp = leave_GeneratorExp = _leave_comprehension

    # bindings -----------------------------------------------------------------------------
    def _bind_other(self, target: cst.BaseExpression, node: cst.CSTNode) -> None:
        for name in _names_in_target(target):
            self._bind(name, Binding("other", node=node))
        self._note_instance_attribute(target)

    def _note_instance_attribute(self, target: cst.BaseExpression,
                                 value: cst.BaseExpression | None = None) -> None:
        """`self.X = ...` in a method: X is then per instance, not the class constant."""
        for element in _targets(target):
            if (isinstance(element, cst.Attribute) and isinstance(element.value, cst.Name)
                    and element.value.value == "self"):
                cls = self.scope.parent
                while cls is not None and cls.kind != "class":
                    cls = cls.parent
                if cls is not None:
                    cls.instance_attributes.add(element.attr.value)
                    plain = value if element is target else None
                    cls.attribute_values.setdefault(element.attr.value, []).append(
                        (plain, self.scope, self._here()))

    def visit_Import(self, node: cst.Import) -> None:
        for local, path in import_bindings(node):
            self._bind(local, Binding("import", path, node))

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        for local, path in import_bindings(node):
            if local == "*":
                self.scope.stars.append(path)
            else:
                self._bind(local, Binding("import", path, node))

    def visit_Assign(self, node: cst.Assign) -> None:
        single = len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name)
        pairs = _unpacked_pairs(node) if len(node.targets) == 1 else None
        if pairs is not None:  # `a, self.b = 3, hidden`: each target gets its own value
            for target, value in pairs:
                if isinstance(target, cst.Name):
                    self._bind(target.value, Binding("assign", value, node))
                else:
                    for name in _names_in_target(target):
                        self._bind(name, Binding("other", node=node))
                    self._note_instance_attribute(target, value)
            self._assignments.append(node)
            return
        for target in node.targets:
            if single:
                self._bind(target.target.value, Binding("assign", node.value, node))  # type: ignore[attr-defined]
            elif len(node.targets) == 1:
                for name in _names_in_target(target.target):
                    self._bind(name, Binding("other", node=node))
                self._note_instance_attribute(target.target, node.value)
            else:
                self._bind_other(target.target, node)
        self._assignments.append(node)

    def leave_Assign(self, original_node: cst.Assign) -> None:
        self._assignments.pop()

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        self._assigned(_names_in_target(node.target))
        if node.value is None:
            return
        self._note_instance_attribute(node.target, node.value)
        if isinstance(node.target, cst.Name):
            self._bind(node.target.value, Binding("assign", node.value, node))

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._assigned(_names_in_target(node.target))
        self._bind_other(node.target, node)
        if isinstance(node.target, cst.Subscript) and isinstance(node.target.value, cst.Name):
            self._mutated(node.target.value.value, None)

    def visit_For(self, node: cst.For) -> None:
        self._open(node)
        self._assigned(_names_in_target(node.target))
        owner = self._owners[-1]
        if owner is not None:
            owner[2].append(node)
        self._bind_other(node.target, node)

    leave_For = _close  # type: ignore[assignment]

    def visit_CompFor(self, node: cst.CompFor) -> None:
        self._bind_other(node.target, node)

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._assigned(_names_in_target(node.target))
        self._bind_other(node.target, node)

    def visit_Global(self, node: cst.Global) -> None:
        self._assigned([item.name.value for item in node.names])
        for item in node.names:
            self._bind(item.name.value, Binding("other", node=node))

    def visit_Del(self, node: cst.Del) -> None:
        self._assigned(_names_in_target(node.target))
        self._bind_other(node.target, node)
        for target in _targets(node.target):
            if isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name):
                self._mutated(target.value.value, None)

    # calls --------------------------------------------------------------------------------
    def _mutated(self, name: str, key: str | None) -> None:
        self.module_scope.mutations.setdefault(name, []).append(key)

    def visit_Subscript(self, node: cst.Subscript) -> None:
        self.written.subscripts.append(node)
        # `x["k"] = v`, `del x["k"]`, `x["k"] += 1`: a dict that changes
        assign = self._assignments[-1] if self._assignments else None
        targets = [t.target for t in assign.targets] if assign is not None else []
        if node in targets:
            # `x["k"] = v`, and `x["a"]["k"] = v`: a change of x's inner dict is a change of x
            inner = node.value
            while isinstance(inner, cst.Subscript):
                inner = inner.value
            if isinstance(inner, cst.Name):
                self._mutated(inner.value, None)

    def _note_option(self, node: cst.Call) -> None:
        """`parser.add_argument("--hidden-size", type=int, default=256)`: hidden_size -> 256."""
        keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        names = [literal_of(a.value)[1] for a in node.args
                 if a.keyword is None and isinstance(a.value, cst.SimpleString)]
        dest = None
        if "dest" in keywords and isinstance(keywords["dest"], cst.SimpleString):
            dest = literal_of(keywords["dest"])[1]
        else:
            longs = [n for n in names if isinstance(n, str) and n.startswith("--")]
            plain = [n for n in names if isinstance(n, str) and not n.startswith("-")]
            chosen = longs[0][2:] if longs else (plain[0] if plain else None)
            dest = chosen.replace("-", "_") if chosen else None
        if isinstance(dest, str):
            self.module_scope.options.setdefault(dest, []).append(keywords.get("default"))

    def visit_Call(self, node: cst.Call) -> None:
        self.written.calls.append(node)
        owner = self._owners[-1]
        if owner is not None:
            owner[1].append(node)
        if isinstance(node.func, cst.Attribute) and node.func.attr.value == "add_argument":
            self._note_option(node)
        if isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name) \
                and node.func.attr.value in ("pop", "update", "setdefault", "clear", "popitem"):
            key = None
            if node.func.attr.value == "pop" and node.args and isinstance(node.args[0].value, cst.SimpleString):
                ok, literal = literal_of(node.args[0].value)
                key = literal if ok and isinstance(literal, str) else None
            self._mutated(node.func.value.value, key)
        if dotted(node.func) is not None or isinstance(node.func, (cst.Call, cst.Subscript)):
            assign = self._assignments[-1] if self._assignments else None
            target = dotted(assign.targets[-1].target) if assign and assign.value is node else None
            self.calls.append((node, self.scope, target))
            if self._conditions:
                here = self._here()
                if here:
                    self.scope.guarded_calls.append((node, here))


UNKNOWN = object()  # a configuration's value for a parameter no literal reaches


@dataclass(frozen=True, eq=False, repr=False)
class ObjectRef:
    """A configuration's value for a parameter given an object the file builds: the
    expression that builds it (`Config()`, `SimpleNamespace(hidden=64)`, a dict literal)."""

    node: cst.BaseExpression
    scope: Scope

    def __repr__(self) -> str:  # configurations are keyed by their values' reprs: keep it cheap
        return f"<object built at node {id(self.node)}>"
