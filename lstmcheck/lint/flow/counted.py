"""Comprehensions counted by `range(n)`: `[encoder_hiddens[i] for i in range(num_layers)]`
takes one state row per decoder layer. With `n` a known number, each item is worked out with
`i` bound to its int; a row `i` indexed past a state's known first dim raises IndexError in
the comprehension (torch: "index 1 is out of bounds for dimension 0 with size 1"), so every
item it would give carries that record, for the rules to report where the rows are taken."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

import libcst as cst

from lstmcheck.lint.flow.sequences import is_first_counter
from lstmcheck.lint.scopes import names_in
from lstmcheck.lint.flow.stacks import count_set_at
from lstmcheck.lint.flow.syntax import int_value
from lstmcheck.lint.flow.values import Tup, Val
from lstmcheck.records import IndexedPast, Location, Tensor
from lstmcheck.sizes import Size

_MOST_ITEMS = 64
_MOST_EVALUATED = 16  # items worked out one by one (each may inline a call)


def range_count(node: cst.BaseExpression, size: Callable[[cst.BaseExpression], Size | None],
                builtin: Callable[[str], bool]) -> int | None:
    """n for `range(n)` (the builtin, one argument) when n is a number from 1 to 64."""
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "range"
            and len(node.args) == 1 and not node.args[0].star and node.args[0].keyword is None
            and builtin("range")):
        return None
    count = size(node.args[0].value)
    value = count.value if count is not None else None
    return value if value is not None and 0 < value <= _MOST_ITEMS else None


def _rows_taken(element: cst.BaseExpression, target: str) -> list[cst.Subscript]:
    """The subscripts `x[target]` (one index, the counter itself) within `element`."""
    found: list[cst.Subscript] = []

    class _Finder(cst.CSTVisitor):
        def visit_Subscript(self, node: cst.Subscript) -> None:
            if len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
                    and isinstance(node.slice[0].slice.value, cst.Name) \
                    and node.slice[0].slice.value.value == target:
                found.append(node)

    element.visit(_Finder())
    return found


def past_the_end(element: cst.BaseExpression, target: str, count: int, evaluate: Callable[[Any], Val],
                 location: Location) -> IndexedPast | None:
    """The first `x[i]` of the comprehension whose `x` is a tensor with fewer rows, a known
    number, than the `count` values `i` takes."""
    for subscript in _rows_taken(element, target):
        tensor = evaluate(subscript.value)
        if not isinstance(tensor, Tensor) or not tensor.dims or tensor.dims[0] is None:
            continue
        rows = tensor.dims[0]
        if rows.value is not None and rows.value < count:
            return IndexedPast(location, rows, Size.number(count), tensor.origin)
    return None


def marked(items: list[Val], past: IndexedPast | None) -> Tup:
    """The comprehension's items; when it raises, each tensor among them carries the record."""
    if past is None:
        return Tup(tuple(items))
    return Tup(tuple(replace(item, past=past) if isinstance(item, Tensor) else item for item in items))


def mapped_range(walker: Any, node: cst.ListComp | cst.GeneratorExp, scope: Any,
                 env: dict[str, Val]) -> Tup | None:
    """`[f(x[i]) for i in range(n)]` (one plain `for`, the counter indexing something) with n
    a known number up to 16: each item worked out with `i` bound to its int; None when the
    comprehension is not of that form, as before this module."""
    loop = node.for_in
    if not isinstance(loop.target, cst.Name):
        return None
    count = range_count(loop.iter, lambda arg: walker._size(arg, scope, env),
                        lambda name: walker.resolver.lookup(name, scope) is None)
    if count is None:
        return None
    target = loop.target.value
    if loop.ifs or loop.inner_for_in is not None:
        return None
    if target not in names_in(node.elt):  # `[torch.zeros(b, h) for _ in range(layers)]`: alike
        inner = dict(env)
        inner.pop(target, None)
        return Tup((walker._expression(node.elt, scope, inner),) * count)
    if count > _MOST_EVALUATED:
        return None  # each item is worked out once more (it may inline a call)
    past = past_the_end(node.elt, target, count, lambda expr: walker._expression(expr, scope, dict(env)),
                        walker.resolver.location(node))
    if past is not None:
        past = replace(past, set_at=count_set_at(walker, loop.iter.args[0].value, scope))
    items = []
    for k in range(count):
        inner = dict(env)
        inner[target] = Size.number(k)
        items.append(walker._expression(node.elt, scope, inner))
    return marked(items, past)


def index_of(node: cst.BaseExpression, env: dict[str, Val]) -> int | None:
    """The int a name used as an index holds: one bound to a number (a counted
    comprehension's `i`), or a loop counter in its first iteration (0)."""
    if not isinstance(node, cst.Name):
        return None
    value = env.get(node.value)
    if isinstance(value, Size) and value.value is not None:
        return value.value
    return 0 if is_first_counter(value) else None


def tuple_slice(element: cst.BaseSlice, items: tuple) -> Tup | None:
    """`encoder_out[:3]` of a tuple the walk knows: a slice whose bounds are int literals."""
    if not isinstance(element, cst.Slice):
        return None
    bounds = []
    for part in (element.lower, element.upper, element.step):
        if part is None:
            bounds.append(None)
            continue
        number = int_value(part)
        if number is None:
            return None
        bounds.append(number)
    if bounds[2] == 0:
        return None
    return Tup(items[bounds[0]:bounds[1]:bounds[2]])


def literal_past(tensor: Tensor, elements: list, location: Location) -> IndexedPast | None:
    """`h[2]` (or `h[2, :, :]`, `h[-3]`) of a tensor whose first dim is a known number the
    index does not reach: torch raises IndexError there."""
    if not tensor.dims or tensor.dims[0] is None or tensor.dims[0].value is None or not elements \
            or not isinstance(elements[0], cst.Index):
        return None
    index = int_value(elements[0].value)
    rows = tensor.dims[0].value
    if index is None or -rows <= index < rows:
        return None
    made = tensor.made_at
    # the rows are a number written in the call that made the state (`torch.zeros(2, B, H)`)
    made_at = made if made is not None and any(made.contains(w) for w in tensor.dims[0].written) else None
    return IndexedPast(location, tensor.dims[0], Size.number(index + 1 if index >= 0 else -index),
                       tensor.origin, index=index, made_at=made_at)
