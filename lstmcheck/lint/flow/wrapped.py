"""A module of the file that only wraps one `nn.Linear` (kospeech's `Linear`, Tacotron 2's
`LinearNorm`): `__init__` builds `self.X = nn.Linear(in_dim, out_dim, ...)` from two of its
own parameters, and `forward(x)` is `return self.X(x)`. The flow treats `Wrapper(a, b)` as the
Linear it builds, sized by what that call passes, so a head built at the call is judged, and
reported, there."""

from __future__ import annotations

from typing import Any, Callable

import libcst as cst

from lstmcheck.lint.flow.syntax import arguments, assigned_names, is_self

_LINEAR = "torch.nn.Linear"


def _statements(function: cst.FunctionDef) -> list[cst.BaseSmallStatement | cst.BaseCompoundStatement]:
    """The function's statements, its docstring left out."""
    body = list(function.body.body) if isinstance(function.body, cst.IndentedBlock) else []
    if body and isinstance(body[0], cst.SimpleStatementLine) and len(body[0].body) == 1 \
            and isinstance(body[0].body[0], cst.Expr) and isinstance(body[0].body[0].value, cst.SimpleString):
        body = body[1:]
    return body


def _own_params(function: cst.FunctionDef) -> list[cst.Param] | None:
    """The plain parameters after `self`; None when the function takes `*args`/`**kwargs` or
    is not a method."""
    given = function.params
    if isinstance(given.star_arg, cst.Param) or given.star_kwarg is not None:
        return None
    every = [*given.posonly_params, *given.params, *given.kwonly_params]
    if not every or every[0].name.value != "self":
        return None
    return every[1:]


def _linear_built(init: cst.FunctionDef, callee: Callable[[cst.BaseExpression], str | None]
                  ) -> tuple[str, cst.Call] | None:
    """`self.X = nn.Linear(...)`, the one Linear `__init__` builds and the one assignment of
    `self.X` in it."""
    found = []
    for statement in _statements(init):
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.Assign) and isinstance(small.value, cst.Call) \
                    and callee(small.value.func) == _LINEAR:
                found.append(small)
    if len(found) != 1 or len(found[0].targets) != 1:
        return None
    target = found[0].targets[0].target
    if not (isinstance(target, cst.Attribute) and is_self(target.value)):
        return None
    return target.attr.value, found[0].value  # type: ignore[return-value]


def _forwards_to(forward: cst.FunctionDef, attr: str) -> bool:
    """`forward(self, x)` whose one statement is `return self.<attr>(x)`."""
    own = _own_params(forward)
    body = _statements(forward)
    if not own or len(own) != 1 or len(body) != 1 or not isinstance(body[0], cst.SimpleStatementLine) \
            or len(body[0].body) != 1 or not isinstance(body[0].body[0], cst.Return):
        return False
    value = body[0].body[0].value
    return isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) \
        and is_self(value.func.value) and value.func.attr.value == attr and len(value.args) == 1 \
        and value.args[0].keyword is None and not value.args[0].star \
        and isinstance(value.args[0].value, cst.Name) and value.args[0].value.value == own[0].name.value


def linear_wrapper(init: cst.FunctionDef, forward: cst.FunctionDef,
                   callee: Callable[[cst.BaseExpression], str | None]) -> tuple[int, str, int, str] | None:
    """(position, name) of the wrapper's parameters that give the Linear's in_features and
    out_features (position among the parameters after `self`), or None when the class is
    not a thin wrapper of one Linear."""
    own = _own_params(init)
    built = _linear_built(init, callee) if own is not None else None
    if built is None or own is None or not _forwards_to(forward, built[0]):
        return None
    positional, keywords = arguments(built[1])
    if any(a.star for a in built[1].args):
        return None
    sides = []
    for index, keyword in ((0, "in_features"), (1, "out_features")):
        node = keywords.get(keyword) if keyword in keywords else (
            positional[index] if index < len(positional) else None)
        if not isinstance(node, cst.Name):
            return None
        names = [p.name.value for p in own]
        if node.value not in names:
            return None
        sides.append((names.index(node.value), node.value))
    rebound = set().union(*(assigned_names(s) for s in _statements(init)))
    if sides[0][1] in rebound or sides[1][1] in rebound:
        return None
    return sides[0][0], sides[0][1], sides[1][0], sides[1][1]


def site_argument(call: cst.Call, position: int, name: str) -> cst.BaseExpression | None:
    """What a call of the wrapper passes for its parameter `name` (at `position`)."""
    if any(a.star for a in call.args):
        return None
    positional, keywords = arguments(call)
    if name in keywords:
        return keywords[name]
    return positional[position] if position < len(positional) else None


def wrapper_parts(scope_of: Any) -> tuple[cst.FunctionDef, cst.FunctionDef] | None:
    """The class's `__init__` and `forward`, each defined once."""
    init = scope_of.bindings.get("__init__", [])
    forward = scope_of.bindings.get("forward", [])
    if len(init) != 1 or len(forward) != 1 or not isinstance(init[0].node, cst.FunctionDef) \
            or not isinstance(forward[0].node, cst.FunctionDef):
        return None
    return init[0].node, forward[0].node
