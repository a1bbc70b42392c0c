"""A file's own class that subclasses a torch recurrent layer and keeps its constructor:
`class LSTM(nn.LSTM): def forward(...)` (a library's LSTM that packs by lengths, one that
handles empty sequences). Building it builds the torch layer with the very same arguments, so
its sites are that layer's calls.

Only a class that defines no `__init__` (nor `__new__`) itself, or through a base of the
file between it and the torch class: one that does may take other arguments or change the
weights after torch made them (a grid LSTM cell sizing `weight_hh` for several neighbours),
and is left alone. A `forward` of its own must hand its input and its state on to torch's as
it got them (`super().forward(x, hx)`, the input maybe packed first): one that reorders its
parameters or reshapes the input is another layer than the flow would judge.
"""

from __future__ import annotations

import libcst as cst

from lstmcheck.lint.imports import constructor_for
from lstmcheck.lint.scopes import Scope

_MAX_BASES = 4  # classes of the file between the one built and the torch layer


def subclassed_layer(name: str, scope: Scope, path_of) -> str | None:
    """The dotted path of the torch layer the file's class `name` (as seen from `scope`)
    subclasses without a constructor of its own; None for anything else. `path_of(node,
    scope)` is the resolver's: what a base expression names through the imports."""
    for _ in range(_MAX_BASES):
        cls = _one_class(name, scope)
        if cls is None or len(cls.bases) != 1 or _own_constructor(cls) or not _forwards_as_given(cls):
            return None
        base = cls.bases[0].value
        module = _module(scope)
        path = path_of(base, module)
        if path is not None and constructor_for(path) is not None:
            return path
        if not isinstance(base, cst.Name):
            return None
        name, scope = base.value, module
    return None


def _one_class(name: str, scope: Scope) -> cst.ClassDef | None:
    """The class definition a name is bound to, when it is that name's only binding at the
    module level and the class has no keywords (`metaclass=`)."""
    module = _module(scope)
    bindings = module.bindings.get(name, [])
    if len(bindings) != 1 or not isinstance(bindings[0].node, cst.ClassDef):
        return None
    node = bindings[0].node
    return None if node.keywords else node


def _own_constructor(cls: cst.ClassDef) -> bool:
    """Whether the class body defines `__init__` or `__new__`, or anything not a plain
    `def` or docstring that could (a decorator, an assignment of `__init__`)."""
    if cls.decorators:
        return True
    for statement in cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ():
        if isinstance(statement, cst.FunctionDef):
            if statement.name.value == "__init__" and _passes_everything_on(statement):
                continue
            if statement.name.value in ("__init__", "__new__", "__init_subclass__"):
                return True
        elif isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                if isinstance(small, (cst.Assign, cst.AnnAssign, cst.AugAssign)):
                    targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) \
                        else [small.target]
                    if any(isinstance(t, cst.Name) and t.value.startswith("__") for t in targets):
                        return True
    return False


def _passes_everything_on(init: cst.FunctionDef) -> bool:
    """`def __init__(self, *args, **kwargs): super().__init__(*args, **kwargs)` and nothing
    else: the torch layer's constructor under another name."""
    params = init.params
    if init.decorators or [p.name.value for p in params.params] != ["self"] or params.kwonly_params \
            or not isinstance(params.star_arg, cst.Param) or params.star_kwarg is None:
        return False
    body = init.body.body if isinstance(init.body, cst.IndentedBlock) else ()
    statements = [s for s in body if not (isinstance(s, cst.SimpleStatementLine) and len(s.body) == 1
                                          and isinstance(s.body[0], cst.Expr)
                                          and isinstance(s.body[0].value, cst.SimpleString))]
    if len(statements) != 1 or not isinstance(statements[0], cst.SimpleStatementLine) \
            or len(statements[0].body) != 1 or not isinstance(statements[0].body[0], cst.Expr):
        return False
    call = statements[0].body[0].value
    if not (isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
            and call.func.attr.value == "__init__" and isinstance(call.func.value, cst.Call)
            and isinstance(call.func.value.func, cst.Name) and call.func.value.func.value == "super"):
        return False
    stars = [(a.star, a.value.value if isinstance(a.value, cst.Name) else None) for a in call.args]
    return stars == [("*", params.star_arg.name.value), ("**", params.star_kwarg.name.value)]


_PACKS = ("pack_padded_sequence", "pack_sequence")


def _forwards_as_given(cls: cst.ClassDef) -> bool:
    """Whether the class's own `forward`, if any, passes its first two parameters (input and
    state) unchanged to every `super().forward(...)` it makes, and makes at least one."""
    body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ()
    forward = next((s for s in body if isinstance(s, cst.FunctionDef) and s.name.value == "forward"), None)
    if forward is None:
        return True
    params = [p.name.value for p in forward.params.params]
    if len(params) < 2 or params[0] != "self" or forward.decorators:
        return False
    given, state = params[1], params[2] if len(params) > 2 else None
    finder = _SuperForwards(set(params[1:3]))
    forward.visit(finder)
    if finder.reassigned or not finder.calls:
        return False
    for call in finder.calls:
        positional = [a.value for a in call.args if a.keyword is None and not a.star]
        keywords = {a.keyword.value: a.value for a in call.args if a.keyword is not None}
        if any(a.star for a in call.args) or not positional or not _is_input(positional[0], given):
            return False
        passed = positional[1] if len(positional) > 1 else keywords.get("hx")
        if state is not None and not (isinstance(passed, cst.Name) and passed.value == state):
            return False
    return True


def _is_input(node: cst.BaseExpression, name: str) -> bool:
    """The input as given, or packed as given (`pack_padded_sequence(x, lengths, ...)`)."""
    if isinstance(node, cst.Name):
        return node.value == name
    if isinstance(node, cst.Call) and node.args and node.args[0].keyword is None:
        func = node.func.attr.value if isinstance(node.func, cst.Attribute) else \
            node.func.value if isinstance(node.func, cst.Name) else ""
        return func in _PACKS and _is_input(node.args[0].value, name)
    return False


class _SuperForwards(cst.CSTVisitor):
    """The `super().forward(...)` calls of a method, and whether it rebinds its input or
    state parameters."""

    def __init__(self, names: set[str]) -> None:
        self.names = names
        self.calls: list[cst.Call] = []
        self.reassigned = False

    def visit_Call(self, node: cst.Call) -> None:
        func = node.func
        if isinstance(func, cst.Attribute) and func.attr.value == "forward" \
                and isinstance(func.value, cst.Call) and isinstance(func.value.func, cst.Name) \
                and func.value.func.value == "super":
            self.calls.append(node)

    def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
        self._target(node.target)

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._target(node.target)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        self._target(node.target)

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._target(node.target)

    def visit_For(self, node: cst.For) -> None:
        self._target(node.target)

    def _target(self, target: cst.BaseExpression) -> None:
        if isinstance(target, cst.Name) and target.value in self.names:
            self.reassigned = True
        elif isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self._target(element.value)


def _module(scope: Scope) -> Scope:
    while scope.parent is not None:
        scope = scope.parent
    return scope
