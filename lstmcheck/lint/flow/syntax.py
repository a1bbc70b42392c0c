"""Small questions about libcst nodes that the flow asks: parameter names, assigned names,
literal ints, the expressions under a node."""

from __future__ import annotations

import libcst as cst

from lstmcheck.lint.noted import assigned
from lstmcheck.lint.scopes import int_of
from lstmcheck.lint.walk import children, walk
from lstmcheck.lint.flow.values import IS_FALSE, IS_TRUE


def literal_shape(node: cst.BaseExpression) -> tuple[int, ...] | None:
    if isinstance(node, (cst.Integer, cst.Float)):
        return ()
    if isinstance(node, (cst.List, cst.Tuple)):
        if not node.elements:
            return (0,)
        shapes = {literal_shape(e.value) for e in node.elements}
        if len(shapes) != 1 or None in shapes:
            return None
        return (len(node.elements),) + shapes.pop()  # type: ignore[operator]
    return None


def int_value(node: cst.BaseExpression | None) -> int | None:
    if isinstance(node, cst.Integer):
        return int_of(node)
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus) \
            and isinstance(node.expression, cst.Integer):
        number = int_of(node.expression)
        return None if number is None else -number
    return None


def is_ellipsis(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Ellipsis)


def is_self(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "self"


def isinstance_of_name(test: cst.BaseExpression) -> tuple[str, cst.BaseExpression, bool] | None:
    """`isinstance(name, types)`, under any number of `not`: (the name, the types expression,
    whether an odd number of `not` turns the answer round)."""
    negated = False
    while isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        test, negated = test.expression, not negated
    if not (isinstance(test, cst.Call) and isinstance(test.func, cst.Name) and test.func.value == "isinstance"
            and len(test.args) == 2 and not any(a.star or a.keyword for a in test.args)
            and isinstance(test.args[0].value, cst.Name)):
        return None
    return test.args[0].value.value, test.args[1].value, negated


def params(params: cst.Parameters) -> list[str]:
    names = [p.name.value for p in (*params.posonly_params, *params.params, *params.kwonly_params)]
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            names.append(star.name.value)
    return names


def arguments(node: cst.Call) -> tuple[list, dict]:
    positional = [a.value for a in node.args if a.keyword is None and not a.star]
    keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
    return positional, keywords


def target_names(node: cst.BaseExpression) -> list[str]:
    if isinstance(node, cst.Name):
        return [node.value]
    if isinstance(node, (cst.Tuple, cst.List)):
        return [n for e in node.elements for n in target_names(e.value)]
    if isinstance(node, cst.StarredElement):
        return target_names(node.value)
    return []


class _Targets(cst.CSTVisitor):
    """Every assignment target under a node (assignments, loops, `with ... as`), to `_add`."""

    def _add(self, target: cst.BaseExpression) -> None:
        raise NotImplementedError

    def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
        self._add(node.target)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        self._add(node.target)

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._add(node.target)

    def visit_For(self, node: cst.For) -> None:
        self._add(node.target)

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            self._add(node.asname.name)


class AssignedNames(_Targets):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def _add(self, target: cst.BaseExpression) -> None:
        self.names.update(target_names(target))

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._add(node.target)

    def visit_ExceptHandler(self, node: cst.ExceptHandler) -> None:
        if node.name is not None:
            self._add(node.name.name)

    def visit_Del(self, node: cst.Del) -> None:
        self._add(node.target)

    def visit_Global(self, node: cst.Global) -> None:
        self.names.update(n.name.value for n in node.names)

    def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
        self.names.update(n.name.value for n in node.names)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self.names.add(node.name.value)
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self.names.add(node.name.value)
        return False


def assigned_names(node: cst.CSTNode | None) -> set[str]:
    if node is None:
        return set()
    noted = assigned(node)  # the Collector's walk noted it (lint/noted.py)
    if noted is not None:
        return noted
    visitor = AssignedNames()
    walk(node, visitor)
    return visitor.names


def child_expressions(node: cst.CSTNode) -> list[cst.BaseExpression]:
    """Expressions directly under a node, to find layer calls nested anywhere."""
    out: list[cst.BaseExpression] = []
    for child in children(node):  # (trivia holds no expression)
        if isinstance(child, cst.BaseExpression):
            out.append(child)
        elif not isinstance(child, (cst.BaseSuite, cst.BaseStatement)):
            out.extend(child_expressions(child))
    return out


class _AttributeTargets(_Targets):
    """Attributes assigned to (`a.x = ...`, `_, a.x = ...`, `a.x += ...`), by receiver."""

    def __init__(self) -> None:
        self.targets: list[cst.Attribute] = []

    def _add(self, target: cst.BaseExpression) -> None:
        if isinstance(target, cst.Attribute):
            self.targets.append(target)
        elif isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self._add(element.value)
        elif isinstance(target, cst.StarredElement):
            self._add(target.value)


def attribute_targets(node: cst.CSTNode) -> list[cst.Attribute]:
    """Every attribute assigned to under `node`."""
    visitor = _AttributeTargets()
    walk(node, visitor)
    return visitor.targets


def flag_of(node: cst.CSTNode | None) -> object | None:
    """IS_TRUE / IS_FALSE for the literal `True` / `False` (keywords: never rebound), else None."""
    if isinstance(node, cst.Name) and node.value in ("True", "False"):
        return IS_TRUE if node.value == "True" else IS_FALSE
    return None
