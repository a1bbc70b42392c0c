"""Configurations a loop generates: a class built inside `for` loops over lists the file
writes (`for layers, dropout in itertools.product([1, 2], [0.0, 0.5]): Model(layers,
dropout)`, nested `for` loops, `range(1, 4)`, `zip`, `enumerate`) is built once for each
element the loops go through. Each combination that reaches the call is a site of its own;
one that a `continue`, `break` or an `if` around the call keeps from it is not, and when the
file does not say which way such a test goes, no combination is taken at all (the site's
values stay unknown). Loops of more than MAX_COMBINATIONS combinations are not unrolled."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from itertools import product
from typing import Any

import libcst as cst

from lstmcheck.records import Location

MAX_COMBINATIONS = 16
_NOT_KNOWN = object()


@dataclass(frozen=True)
class Element:
    """One value a loop target takes, and where its literal is written (None when no one
    literal is: `range(...)`)."""

    value: Any
    at: Location | None


@dataclass(frozen=True)
class Combination:
    """The values the loops give their targets when the call runs (name -> Element), and
    the line of the innermost loop that binds one of them."""

    names: dict[str, Element]
    loop_line: int


def combinations(call: cst.Call, arguments: list[cst.BaseExpression], root: cst.CSTNode,
                 scope: Any, resolver: Any) -> list[Combination] | None:
    """The combinations of loop values a call is reached with, when one of its `arguments`
    reads a loop's target; None when none does, or when the loops or the tests around the
    call are beyond what the file says."""
    wanted = set().union(*(_names(a) for a in arguments)) if arguments else set()
    if not wanted:
        return None
    path = _path_to(root, call)
    if path is None:
        return None
    loops = [node for i, node in enumerate(path) if isinstance(node, cst.For)
             and not node.asynchronous and _target_names(node.target) is not None
             and i + 1 < len(path) and path[i + 1] is node.body]
    bound = set().union(*(_target_names(loop.target) or set() for loop in loops)) if loops else set()
    if not (wanted & bound):
        return None
    # a `while` around the call, or a `try` (the combination may be one it expects to fail)
    if any(isinstance(node, (cst.While, cst.For)) and node not in loops for node in path) \
            or any(isinstance(node, (cst.Try, cst.TryStar)) for node in path) \
            or any(isinstance(node, cst.For) and node.orelse is not None for node in loops):
        return None
    per_loop: list[list[dict[str, Element]]] = []
    lines: list[int] = []
    for loop in loops:
        if not ((_target_names(loop.target) or set()) & (wanted | _tested_names(path, loop))):
            continue
        elements = _iterated(loop.iter, scope, resolver)
        if elements is None:
            return None
        unpacked = [_unpack(loop.target, element) for element in elements]
        if any(item is None for item in unpacked):
            return None
        per_loop.append(unpacked)  # type: ignore[arg-type]
        lines.append(resolver.location(loop).line)
    total = 1
    for items in per_loop:
        total *= len(items)
    if not per_loop or total == 0 or total > 4 * MAX_COMBINATIONS:
        return None
    out: list[Combination] = []
    for parts in product(*per_loop):
        names: dict[str, Element] = {}
        for part in parts:
            names.update(part)
        reached = _reached(path, call, names, scope, resolver)
        if reached is None:
            return None  # a test around the call the file does not decide
        if reached:
            out.append(Combination(names, lines[-1]))
    return out if len(out) <= MAX_COMBINATIONS else None


def value_of(node: cst.BaseExpression, names: dict[str, Element]) -> Element | None:
    """What an argument is in a combination: a loop target, or an item of one (`layer[0]`)."""
    if isinstance(node, cst.Name) and node.value in names:
        return names[node.value]
    if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) \
            and node.value.value in names and len(node.slice) == 1 \
            and isinstance(node.slice[0].slice, cst.Index) \
            and isinstance(node.slice[0].slice.value, cst.Integer):
        whole = names[node.value.value]
        index = int(node.slice[0].slice.value.value)
        parts = whole.value if isinstance(whole.value, tuple) else None
        if parts is None or not -len(parts) <= index < len(parts):
            return None
        at = whole.at if not isinstance(whole.at, tuple) else whole.at[index]
        return Element(parts[index], at if isinstance(at, Location) else None)
    return None


# the loops ---------------------------------------------------------------------------------
def _names(node: cst.CSTNode) -> set[str]:
    if isinstance(node, cst.Name):
        return {node.value}
    if isinstance(node, cst.Subscript):
        return _names(node.value)
    return set()


def _target_names(target: cst.BaseExpression) -> set[str] | None:
    if isinstance(target, cst.Name):
        return {target.value}
    if isinstance(target, (cst.Tuple, cst.List)):
        out: set[str] = set()
        for element in target.elements:
            if isinstance(element, cst.StarredElement):
                return None
            inner = _target_names(element.value)
            if inner is None:
                return None
            out |= inner
        return out
    return None


def _unpack(target: cst.BaseExpression, element: tuple) -> dict[str, Element] | None:
    """The target's names bound to one element (value, the locations of its literals)."""
    value, at = element
    if isinstance(target, cst.Name):
        return {target.value: Element(value, at if isinstance(at, Location) else None)} \
            if not isinstance(at, tuple) else {target.value: Element(value, at)}
    if not isinstance(value, tuple) or len(value) != len(target.elements):  # type: ignore[attr-defined]
        return None
    out: dict[str, Element] = {}
    ats = at if isinstance(at, tuple) else (None,) * len(value)
    for sub, item, item_at in zip(target.elements, value, ats):  # type: ignore[attr-defined]
        inner = _unpack(sub.value, (item, item_at))
        if inner is None:
            return None
        out.update(inner)
    return out


def _iterated(node: cst.BaseExpression, scope: Any, resolver: Any) -> list[tuple] | None:
    """The elements a loop goes through, each (value, where its literals are written: a
    Location, or a tuple of them for a tuple), when the file writes them all."""
    if isinstance(node, (cst.List, cst.Tuple, cst.Set)) and not isinstance(node, cst.Set):
        items = [_literal(e.value, scope, resolver) if not isinstance(e, cst.StarredElement) else None
                 for e in node.elements]
        return None if any(item is None for item in items) else items  # type: ignore[return-value]
    if isinstance(node, cst.Name):
        found = resolver.live_lookup(node.value, scope)
        if found is None or len(found[1]) != 1 or found[1][0].kind != "assign" \
                or not isinstance(found[1][0].payload, (cst.List, cst.Tuple)) \
                or found[0].mutations.get(node.value) or _changed(node.value, resolver):
            return None
        return _iterated(found[1][0].payload, found[0], resolver)
    if not isinstance(node, cst.Call) or any(a.star or a.keyword for a in node.args):
        return None
    called = resolver.callee(node.func, scope)
    builtin = node.func.value if isinstance(node.func, cst.Name) \
        and resolver.lookup(node.func.value, scope) is None else None
    if called == "itertools.product" or builtin in ("zip", "enumerate"):
        parts = [_iterated(a.value, scope, resolver) for a in node.args]
        if not parts or any(p is None for p in parts):
            return None
        if builtin == "enumerate":
            if len(parts) != 1:
                return None
            return [((i, v), (None, at)) for i, (v, at) in enumerate(parts[0])]  # type: ignore[arg-type]
        joined = product(*parts) if called == "itertools.product" else zip(*parts)  # type: ignore[arg-type]
        items = [(tuple(v for v, _ in combo), tuple(at for _, at in combo)) for combo in joined]
        return items if len(items) <= 4 * MAX_COMBINATIONS else None
    if builtin == "range" and 1 <= len(node.args) <= 3:
        bounds = [resolver._evaluate(a.value, scope, 0) for a in node.args]
        if not all(ok and isinstance(v, int) and not isinstance(v, bool) for ok, v, _ in bounds):
            return None
        numbers = range(*(v for _, v, _ in bounds))
        return [(n, None) for n in numbers] if len(numbers) <= MAX_COMBINATIONS else None
    return None


def _literal(node: cst.BaseExpression, scope: Any, resolver: Any) -> tuple | None:
    """(value, where written) of one element of a list the file writes."""
    if isinstance(node, cst.Tuple):
        items = [_literal(e.value, scope, resolver) if not isinstance(e, cst.StarredElement) else None
                 for e in node.elements]
        if any(item is None for item in items):
            return None
        return tuple(v for v, _ in items), tuple(at for _, at in items)  # type: ignore[misc]
    ok, value, origin = resolver._evaluate(node, scope, 0)
    if not ok or not isinstance(value, (bool, int, float, str, type(None))):
        return None
    return value, resolver.written_at(node, origin)


def _changed(name: str, resolver: Any) -> bool:
    """Whether the file may change the list a name holds (`LAYERS.append(3)`, `+=`)."""
    memo = resolver.memo.setdefault("loops: changed lists", {})
    if name not in memo:
        from lstmcheck.lint.walk import walk

        finder = _Changes(name)
        walk(resolver.module, finder)
        memo[name] = finder.changed
    return memo[name]


class _Changes(cst.CSTVisitor):
    def __init__(self, name: str) -> None:
        self.name = name
        self.changed = False

    def visit_Attribute(self, node: cst.Attribute) -> None:
        if isinstance(node.value, cst.Name) and node.value.value == self.name \
                and node.attr.value in ("append", "extend", "insert", "remove", "pop", "clear",
                                        "sort", "reverse"):
            self.changed = True

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        if isinstance(node.target, cst.Name) and node.target.value == self.name:
            self.changed = True


# the path and the tests on it ----------------------------------------------------------------
def _path_to(root: cst.CSTNode, target: cst.CSTNode) -> list[cst.CSTNode] | None:
    """The nodes from `root` down to `target` (both excluded), without entering functions,
    classes or lambdas (another scope)."""
    stack: list[tuple[cst.CSTNode, int]] = [(root, 0)]
    path: list[cst.CSTNode] = []
    while stack:
        node, depth = stack.pop()
        del path[depth:]
        if node is target:
            return path[1:]
        path.append(node)
        if node is not root and isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
            continue
        for child in reversed(node.children):
            stack.append((child, depth + 1))
    return None


def _tested_names(path: list[cst.CSTNode], loop: cst.For) -> set[str]:
    out: set[str] = set()
    for node in path:
        if isinstance(node, cst.If):
            out |= _all_names(node.test)
    if isinstance(loop.body, cst.IndentedBlock):
        for statement in loop.body.body:
            if isinstance(statement, cst.If):
                out |= _all_names(statement.test)
    return out


def _all_names(node: cst.CSTNode) -> set[str]:
    if isinstance(node, cst.Name):
        return {node.value}
    out: set[str] = set()
    for child in node.children:
        out |= _all_names(child)
    return out


def _reached(path: list[cst.CSTNode], call: cst.Call, names: dict[str, Element], scope: Any,
             resolver: Any) -> bool | None:
    """Whether the call runs in a combination: every `if` around it goes its way, and no
    statement before it in a loop's body leaves the iteration first. None when not known."""
    inside_loop = False
    for index, node in enumerate(path):
        below = path[index + 1] if index + 1 < len(path) else call
        if isinstance(node, cst.For):
            inside_loop = True
        if isinstance(node, cst.If) and below is not node.test:
            taken = below is node.body
            test = _truth(node.test, names, scope, resolver)
            if test is None:
                return None
            if test is not taken:
                return False
        if isinstance(node, cst.IndentedBlock) and inside_loop:
            for statement in node.body:
                if statement is below:
                    break
                leaves = _leaves(statement, names, scope, resolver)
                if leaves is None or leaves:
                    return leaves if leaves is None else False
    return True


def _leaves(statement: cst.CSTNode, names: dict[str, Element], scope: Any, resolver: Any
            ) -> bool | None:
    """Whether a statement before the call leaves the iteration (`continue`, `break`,
    `return`, `raise`): False when it cannot, None when the file does not say."""
    if not _may_leave(statement):
        return False
    if isinstance(statement, cst.If) and statement.orelse is None \
            and isinstance(statement.body, cst.IndentedBlock) and len(statement.body.body) == 1 \
            and isinstance(statement.body.body[0], cst.SimpleStatementLine) \
            and all(isinstance(s, (cst.Continue, cst.Break, cst.Return, cst.Raise))
                    for s in statement.body.body[0].body):
        return _truth(statement.test, names, scope, resolver)
    return None


def _may_leave(node: cst.CSTNode) -> bool:
    if isinstance(node, (cst.Continue, cst.Break, cst.Return, cst.Raise)):
        return True
    if isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
        return False
    return any(_may_leave(child) for child in node.children)


_COMPARE = {cst.Equal: operator.eq, cst.NotEqual: operator.ne, cst.LessThan: operator.lt,
            cst.LessThanEqual: operator.le, cst.GreaterThan: operator.gt,
            cst.GreaterThanEqual: operator.ge, cst.Is: operator.is_, cst.IsNot: operator.is_not,
            cst.In: lambda a, b: a in b, cst.NotIn: lambda a, b: a not in b}


def _truth(test: cst.BaseExpression, names: dict[str, Element], scope: Any, resolver: Any
           ) -> bool | None:
    value = _value(test, names, scope, resolver)
    if value is _NOT_KNOWN or not isinstance(value, (bool, int, float, str, tuple, type(None))):
        return None
    return bool(value)


def _value(node: cst.BaseExpression, names: dict[str, Element], scope: Any, resolver: Any) -> Any:
    """A test's value in a combination: the loops' names take its values, everything else
    what the file gives it; _NOT_KNOWN when that is not known."""
    element = value_of(node, names)
    if element is not None:
        return element.value
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Not):
        inner = _value(node.expression, names, scope, resolver)
        return _NOT_KNOWN if inner is _NOT_KNOWN else not inner
    if isinstance(node, cst.BooleanOperation):
        left = _value(node.left, names, scope, resolver)
        if left is _NOT_KNOWN:
            return _NOT_KNOWN
        if isinstance(node.operator, cst.And) and not left:
            return left
        if isinstance(node.operator, cst.Or) and left:
            return left
        return _value(node.right, names, scope, resolver)
    if isinstance(node, cst.Comparison):
        left = _value(node.left, names, scope, resolver)
        for target in node.comparisons:
            right = _value(target.comparator, names, scope, resolver)
            compare = _COMPARE.get(type(target.operator))
            if left is _NOT_KNOWN or right is _NOT_KNOWN or compare is None:
                return _NOT_KNOWN
            try:
                if not compare(left, right):
                    return False
            except TypeError:
                return _NOT_KNOWN
            left = right
        return True
    if isinstance(node, (cst.Tuple, cst.List)):
        items = [_value(e.value, names, scope, resolver) for e in node.elements
                 if not isinstance(e, cst.StarredElement)]
        if len(items) != len(node.elements) or any(i is _NOT_KNOWN for i in items):
            return _NOT_KNOWN
        return tuple(items)
    if _all_names(node) & set(names):
        return _NOT_KNOWN  # a loop's name in a form not followed: not the file's value
    ok, value, _ = resolver._evaluate(node, scope, 0)
    return value if ok else _NOT_KNOWN
