"""Sequences the walk iterates: an `nn.ModuleList` of stacked layers, `[state] * n`, `zip`,
`enumerate`, a tuple, a tensor's rows.

A loop body is walked as its first iteration runs, so of a sequence only its first item
matters: `Seq(first)` is a list known by that item. `for rnn, h in zip(self.rnns, states)`
binds the first layer of the stack and the first state; `self.rnns[i]` with `i` a `range`
counter is the first layer; `for step in seq` is `seq[0]`. A ModuleList's first item is the
first module its `__init__` puts in it: the first item of the list it is built from, or the
first `self.X.append(...)` when nothing before it may append (a branch; a loop, unless that
append is its body's first that may add to the list: the loop's first iteration makes it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import libcst as cst

from lstmcheck.lint.noted import generator
from lstmcheck.lint.flow.alike import appended_alike, comprehension_alike
from lstmcheck.lint.flow.rewrapped import rewrapped
from lstmcheck.lint.flow.syntax import assigned_names, int_value, is_self, target_names
from lstmcheck.lint.flow.values import GONE, Layer, Tup, Val
from lstmcheck.lint.shapefns import pieces
from lstmcheck.records import Repeated, Tensor
from lstmcheck.sizes import Size
from lstmcheck.lint.walk import walk

FIRST_COUNTER = "#for0"  # the key suffix of a loop counter whose first value is 0


@dataclass(frozen=True)
class Seq:
    """A sequence known by its first item (None: not known); `alike`: every item is that one
    (a stack built alike, flow/alike.py; a list of one state repeated)."""

    first: Any
    alike: bool = False


@dataclass(frozen=True)
class LocalFunction:
    """A function defined in the function being walked (OpenNMT's `_fix_enc_hidden`)."""

    scope: Any


def first_of(value: Val | Seq) -> Val:
    """What the first iteration over `value` binds, or None."""
    if isinstance(value, Seq):
        return value.first
    if isinstance(value, Tup):
        return value.items[0] if value.items else None
    if isinstance(value, Tensor) and value.dims:  # rows: `for step in seq`
        rest = pieces.unbind(value.dims, 0)
        return None if rest is None else replace(value, dims=rest, last=rest[-1] if rest else None, part=None)
    return None


def every_item_alike(value: Val | Seq, loop: cst.For | None = None) -> bool:
    """Whether each iteration over `value` binds what the first does: a tensor's rows, a stack
    built alike, zips of such. Of a sequence, only when the `loop`'s body does not rebind its
    target (`for h, d in zip(rows, done): h, s = lstm(h, s)`): the second iteration keeps what
    the first bound last, which is then not the item."""
    if isinstance(value, Tensor):
        return True
    if not isinstance(value, Seq) or not value.alike:
        return False
    return loop is None or not set(target_names(loop.target)) & assigned_names(loop.body)


def is_first_counter(value: Val) -> bool:
    """A `range` / `enumerate` counter, whose value in the first iteration is 0."""
    return isinstance(value, Size) and len(value.terms) == 1 and len(value.terms[0][0]) == 1 \
        and value.terms[0][1] == 1 and value.terms[0][0][0].endswith(FIRST_COUNTER)


def _appends_to(node: cst.CSTNode, attr: str) -> bool:
    """Whether `self.<attr>.append/extend/insert(...)` or `self.<attr> += ...` is under `node`."""
    found = False

    class Finder(cst.CSTVisitor):
        def visit_Call(self, call: cst.Call) -> None:
            nonlocal found
            func = call.func
            if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute) \
                    and is_self(func.value.value) and func.value.attr.value == attr:
                found = True

        def visit_AugAssign(self, assign: cst.AugAssign) -> None:
            nonlocal found
            target = assign.target
            if isinstance(target, cst.Attribute) and is_self(target.value) and target.attr.value == attr:
                found = True

    walk(node, Finder())
    return found


def first_append(body: list, attr: str) -> cst.BaseExpression | None:
    """The item of the first `self.<attr>.append(item)` statement of a function body, when no
    statement before it may add to the list."""
    for statement in body:
        if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 \
                and isinstance(statement.body[0], cst.Expr):
            call = statement.body[0].value
            if isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) \
                    and isinstance(call.func.value, cst.Attribute) and is_self(call.func.value.value) \
                    and call.func.value.attr.value == attr:
                if call.func.attr.value == "append" and len(call.args) == 1 \
                        and not call.args[0].star and call.args[0].keyword is None:
                    return call.args[0].value
                return None
        if isinstance(statement, cst.For) and not statement.orelse \
                and isinstance(statement.body, cst.IndentedBlock):
            # `for _ in range(layers): self.cells.append(nn.GRUCell(...))`: the first
            # iteration's first append, when nothing before it in the body may append
            found = first_append(list(statement.body.body), attr)
            if found is not None:
                return found
        if _appends_to(statement, attr):
            return None
    return None


def _made_each_time(comprehension: cst.ListComp | cst.GeneratorExp) -> cst.BaseExpression | None:
    """The module a one-`for` comprehension without `if` makes each time: its first item."""
    loop = comprehension.for_in
    if loop.inner_for_in is not None or loop.ifs or loop.asynchronous is not None:
        return None
    return comprehension.elt


MODULE_LISTS = ("torch.nn.ModuleList", "torch.nn.modules.container.ModuleList")


class Sequences:
    """Mixin of the walker: the sequences loops iterate."""

    def _module_list_built(self, scope: Any, attr: str) -> tuple[cst.Call, Any] | None:
        """`self.<attr> = nn.ModuleList(...)`, assigned once in the class, in `__init__`: the
        call and `__init__`'s scope."""
        cls = scope.parent if scope is not None and scope.kind == "function" else None
        if cls is None or cls.kind != "class" or cls.bindings.get(attr):
            return None
        entries = cls.attribute_values.get(attr, [])
        once = rewrapped(entries, attr, lambda call, method: self.resolver.callee(  # type: ignore[attr-defined]
            call.func, method) in MODULE_LISTS)  # `self.rnns = nn.ModuleList(self.rnns)` (flow/rewrapped.py)
        if once is not None:
            entries = [(once, entries[1][1], ())]
        if len(entries) != 1 or entries[0][0] is None or entries[0][2]:
            return None
        value, method, _ = entries[0]
        if method.name != "__init__" or method.parent is not cls or not isinstance(value, cst.Call) \
                or self.resolver.callee(value.func, method) not in MODULE_LISTS:  # type: ignore[attr-defined]
            return None
        return value, method

    def _module_list(self, scope: Any, attr: str) -> Seq | None:
        """`self.rnns`, an `nn.ModuleList` its class assigns once, in `__init__`: its first
        module."""
        built = self._module_list_built(scope, attr)
        if built is None:
            return None
        value, method = built
        if value.args:
            items = value.args[0].value
            if len(value.args) != 1 or value.args[0].keyword is not None or value.args[0].star:
                return None
            alike = False
            if isinstance(items, (cst.ListComp, cst.GeneratorExp)):
                item: cst.BaseExpression | None = _made_each_time(items)  # `[nn.GRU(...) for i in ...]`
                alike = comprehension_alike(items, method, self.resolver) \
                    and not _appends_to(method.parent.node, attr)  # type: ignore[attr-defined]
            elif not isinstance(items, (cst.List, cst.Tuple)) or not items.elements \
                    or isinstance(items.elements[0], cst.StarredElement):
                return None
            else:
                item = items.elements[0].value
        else:
            body = method.node.body.body if isinstance(method.node.body, cst.IndentedBlock) else []
            item = first_append(list(body), attr)
            alike = appended_alike(list(body), attr, method, self.resolver) and not any(
                _appends_to(f, attr) for f in method.parent.node.body.body
                if isinstance(f, cst.FunctionDef) and f is not method.node)  # type: ignore[attr-defined]
        if not isinstance(item, cst.Call):
            return None
        layer = self._layer_of_call(item, method)
        return Seq(layer, alike) if isinstance(layer, Layer) else None

    def _iterated(self, node: cst.BaseExpression, scope: Any, env: dict) -> Val | Seq:
        """What a `for` iterates: a Seq for `zip(...)`, `enumerate(...)`, `[x] * n`, else the
        expression's value."""
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) \
                and node.func.value in ("zip", "enumerate") and node.args \
                and not any(a.star or a.keyword for a in node.args) \
                and self.resolver.lookup(node.func.value, scope) is None:
            iterated = [self._iterated(a.value, scope, env) for a in node.args]
            firsts = tuple(first_of(i) for i in iterated)
            alike = all(every_item_alike(i) for i in iterated)
            if node.func.value == "enumerate":
                return Seq(Tup((None, firsts[0])), alike) if len(firsts) == 1 else None
            return Seq(Tup(firsts), alike)
        return self._expression(node, scope, env)

    def _repeated(self, node: cst.BinaryOperation, left: Val, right: Val) -> Seq | None:
        """`[state] * n` / `n * [state]`: a list of the same item."""
        if not isinstance(node.operator, cst.Multiply):
            return None
        listed, count = (node.left, right) if isinstance(node.left, (cst.List, cst.Tuple)) else (node.right, left)
        items = left if listed is node.left else right
        if not isinstance(listed, (cst.List, cst.Tuple)) or not isinstance(items, Tup) or not items.items:
            return None
        if not isinstance(count, Size) or (count.value is not None and count.value < 1):
            return None
        item = items.items[0]
        if len(items.items) == 1:  # each of the n gets this tensor (or this pair) whole
            mark = Repeated(self.resolver.location(node), count)
            if isinstance(item, Tensor):
                item = replace(item, repeated=mark)
            elif isinstance(item, Tup):
                item = Tup(tuple(replace(t, repeated=mark) if isinstance(t, Tensor) else t
                                 for t in item.items))
        return Seq(item)

    def _item(self, base: Seq | Tup, index: cst.BaseExpression, scope: Any, env: dict) -> Val:
        """`self.rnns[0]`, or `self.rnns[i]` with `i` a loop counter in its first iteration
        (also `hidden[i]` of a tuple: a GRU's state kept as `(h,)` gives the whole `h`)."""
        if isinstance(base, Tup):
            return base.items[0] if base.items and (int_value(index) == 0 or (
                isinstance(index, cst.Name) and is_first_counter(env.get(index.value)))) else None
        if int_value(index) == 0:
            return base.first
        if isinstance(index, cst.Name) and is_first_counter(env.get(index.value)):
            return base.first
        if base.alike and (int_value(index) is not None or isinstance(index, cst.Name)):
            return base.first  # every module of a stack built alike is the first's layer
        return None


def same_shape(a: Any, b: Any) -> bool:
    """Two values no rule can tell apart: tensors of the same dims, from the same layer's same
    result (or none), tuples of such; equal sizes; a value and itself."""
    if a is b:
        return a is not None and a is not GONE
    if isinstance(a, Tensor) and isinstance(b, Tensor):
        return (a.dims is not None or a.last is not None) and (a.dims, a.last, a.packed, a.part, a.layer) \
            == (b.dims, b.last, b.packed, b.part, b.layer)
    if isinstance(a, Tup) and isinstance(b, Tup):
        return len(a.items) == len(b.items) and all(same_shape(x, y) for x, y in zip(a.items, b.items))
    if isinstance(a, Size) and isinstance(b, Size):
        return a == b
    return False


class _Yields(cst.CSTVisitor):
    def __init__(self) -> None:
        self.found = False

    def visit_Yield(self, node: cst.Yield) -> None:
        self.found = True

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False  # a nested function's yields are its own

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False


def is_generator(function: cst.FunctionDef) -> bool:
    """Whether calling the function gives a generator: a `yield` in its own body."""
    noted = generator(function)  # the Collector's walk noted it (lint/noted.py)
    if noted is not None:
        return noted
    visitor = _Yields()
    walk(function.body, visitor)
    return visitor.found
