"""Indexing a tensor (`out[:, -1, :]`, `h[-1]`, `h[-2:]`): which dims remain."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

import libcst as cst

from lstmcheck.lint.flow.syntax import int_value, is_ellipsis
from lstmcheck.lint.shapefns import slicing
from lstmcheck.records import Tensor
from lstmcheck.sizes import Size


def index(tensor: Tensor, elements: list, line: int, ints: frozenset[str] = frozenset(),
          bound: Callable[[cst.BaseExpression], Size | None] | None = None) -> Tensor | None:
    """`out[:, -1, :]`, `out[-1]`, `h[-1]`, `h[-2:]`, `x[t]` with `t` an int (`ints`: names
    known to hold one, a `range` loop's counter): which dims remain."""
    plain = all(isinstance(e, cst.Slice) or (isinstance(e, cst.Index) and int_value(e.value) is not None)
                for e in elements)
    if tensor.dims is None and tensor.part == "output" and len(elements) == 3 and plain:
        # A recurrent output is 2-D or 3-D; three indices mean 3-D.
        tensor = replace(tensor, dims=(None, None, tensor.last))
    if tensor.dims is None:
        # Unknown rank: only indexing that cannot reach the last dim keeps it.
        if all(isinstance(e, cst.Index) for e in elements) and len(elements) == 1:
            return replace(tensor, dims=None)
        return None
    dims = list(tensor.dims)
    if sum(1 for e in elements if isinstance(e, cst.Index) and is_ellipsis(e.value)) > 1:
        return None
    out: list[Size | None] = []
    position = 0
    for k, element in enumerate(elements):
        if isinstance(element, cst.Index) and is_ellipsis(element.value):
            rest = len(elements) - k - 1
            keep = len(dims) - position - rest
            if keep < 0:
                return None
            out.extend(dims[position:position + keep])
            position += keep
            continue
        if position >= len(dims):
            return None
        if isinstance(element, cst.Index):
            if isinstance(element.value, cst.Name) and element.value.value == "None":
                out.append(Size.number(1))
                continue
            if int_value(element.value) is None and not isinstance(element.value, cst.Name):
                if not _int_expression(element.value, bound):
                    return None
                position += 1  # `x[:, x.size(1) - 1]`: an int the walk computes
                continue
            if isinstance(element.value, cst.Name) and element.value.value not in ints:
                return None  # an index tensor or an int: the rank that results is unknown
            position += 1
        elif isinstance(element, cst.Slice):
            whole = element.lower is None and element.upper is None and element.step is None
            out.append(dims[position] if whole else slice_size(element, dims[position], bound))
            position += 1
        else:
            return None
    kept_last = position < len(dims) or (
        isinstance(elements[-1], cst.Slice) and elements[-1].lower is None
        and elements[-1].upper is None and elements[-1].step is None)
    out.extend(dims[position:])
    result = tuple(out)
    return replace(tensor, dims=result, last=result[-1] if result else None,
                   part=tensor.part if kept_last else None)


def _int_expression(node: cst.BaseExpression,
                    bound: Callable[[cst.BaseExpression], Size | None] | None) -> bool:
    """An index that is arithmetic on sizes (`x.size(1) - 1`, `len(xs) - 1`): one int, which
    takes its dim away as a literal would. Only such expressions are evaluated here."""
    if bound is None or not isinstance(node, (cst.BinaryOperation, cst.Call)):
        return False
    if isinstance(node, cst.Call) and not (
            isinstance(node.func, cst.Attribute) and node.func.attr.value == "size"
            or isinstance(node.func, cst.Name) and node.func.value == "len"):
        return False
    return bound(node) is not None


def slice_size(element: cst.Slice, size: Size | None,
               bound: Callable[[cst.BaseExpression], Size | None] | None = None) -> Size | None:
    """The rows a slice keeps (`h[-2:]`, `h[1:h.size(0):2]`), its bounds as the walk knows
    them (`bound`; literal ints without it); unknown otherwise."""
    parts: list[Size | None] = []
    for node in (element.lower, element.upper, element.step):
        if node is None:
            parts.append(None)
            continue
        value = bound(node) if bound is not None else _literal(node)
        if value is None:
            return None
        parts.append(value)
    return slicing.sliced(size, *parts)


def _literal(node: cst.BaseExpression) -> Size | None:
    number = int_value(node)
    return None if number is None else Size.number(number)
