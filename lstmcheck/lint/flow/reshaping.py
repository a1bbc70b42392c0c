"""Views that cannot hold the tensor they view: `h.view(num_layers, B, H)` of one layer's worth
of state, (B, H). torch raises at the view ("shape '[2, 3, 32]' is invalid for input of size
96"), so the shape asked for, which may well fit the layer it is passed to, never reaches it."""

from __future__ import annotations

import libcst as cst

from lstmcheck.lint.flow.syntax import int_value
from lstmcheck.lint.flow.values import Tup, Val, as_size
from lstmcheck.records import Location, Tensor, UnfitView
from lstmcheck.sizes import Size, differ, same

RESHAPES = frozenset({"view", "reshape"})


def _product(sizes: tuple[Size, ...]) -> Size:
    total = Size.number(1)
    for size in sizes:
        total = total * size
    return total


def _asked(args: list) -> tuple[Size, ...] | None:
    """The sizes `view(a, b, c)` or `view((a, b, c))` asks for, when every one is known."""
    items = list(args[0].items) if len(args) == 1 and isinstance(args[0], Tup) else args
    sizes = tuple(as_size(item) for item in items)
    if not sizes or not all(isinstance(s, Size) for s in sizes):
        return None
    return sizes  # type: ignore[return-value]


def _own_sizes(dims: tuple[Size | None, ...], args: list[Val],
               node: cst.CSTNode | None) -> tuple[tuple[Size | None, ...], list[Val]]:
    """`x.view(L, x.size(0), x.size(1))`: a dim the walk does not know, asked for by the
    tensor's own `x.size(k)` (or `x.shape[k]`), is the same unknown on both sides; it is
    given one name there, so that the other sizes can still be compared."""
    if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute) \
            or not isinstance(node.func.value, cst.Name) or any(a.star or a.keyword for a in node.args) \
            or len(node.args) != len(args):
        return dims, args
    name = node.func.value.value
    before, asked = list(dims), list(args)
    for i, arg in enumerate(node.args):
        k = _own_dim(arg.value, name)
        if k is not None and -len(before) <= k < len(before) and before[k] is None and asked[i] is None:
            before[k] = asked[i] = Size.named(f"{name}.size({k % len(before)})")
    return tuple(before), asked


def _own_dim(node: cst.BaseExpression, name: str) -> int | None:
    """k for `name.size(k)` or `name.shape[k]`."""
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) \
            and isinstance(node.func.value, cst.Name) and node.func.value.value == name \
            and node.func.attr.value == "size" and len(node.args) == 1 and node.args[0].keyword is None:
        return int_value(node.args[0].value)
    if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Attribute) \
            and isinstance(node.value.value, cst.Name) and node.value.value.value == name \
            and node.value.attr.value == "shape" and len(node.slice) == 1 \
            and isinstance(node.slice[0].slice, cst.Index):
        return int_value(node.slice[0].slice.value)
    return None


def unfit(dims: tuple[Size | None, ...] | None, method: str, args: list[Val],
          location: Location, node: cst.CSTNode | None = None) -> UnfitView | None:
    """The view's record when its sizes certainly hold another number of elements than
    `dims`: every size known on both sides, their products different for every positive
    value of the names (`differ`); with a -1, the other sizes' product must divide the
    count, judged for numbers only. Anything else is None: unknown stays silent."""
    if method not in RESHAPES or dims is None or not dims:
        return None
    dims, args = _own_sizes(dims, list(args), node)
    if any(d is None for d in dims):
        return None
    asked = _asked(list(args))
    if asked is None or any(s.value is not None and s.value < -1 for s in asked):
        return None
    before: tuple[Size, ...] = dims  # type: ignore[assignment]
    total = _product(before)
    inferred = [s for s in asked if s.value == -1]
    if len(inferred) > 1:
        return None
    if inferred:
        rest = _product(tuple(s for s in asked if s.value != -1))
        if total.value is None or rest.value is None or rest.value <= 0 or total.value % rest.value == 0:
            return None
    elif not differ(total, _product(asked)):
        return None
    return UnfitView(location, method, before, asked)


def one_row_only(receiver: Tensor, method: str, args: list[Val], location: Location,
                 node: cst.CSTNode | None = None) -> UnfitView | None:
    """`h_n.view(B, H)` of a final state (D*num_layers, B, H) whose rows are a named size (a
    `num_layers` the class takes): the sizes asked for are exactly one row's worth, so the
    view holds only when that size is 1, and any other value makes torch raise there. The
    record (its `before` keeps the rows) when so; None otherwise, and when the view is
    certainly unfit (`unfit` says that) or certainly fits."""
    if method not in RESHAPES or receiver.part not in ("h_n", "c_n") or receiver.dims is None \
            or len(receiver.dims) != 3:
        return None
    rows = receiver.dims[0]
    if rows is None or rows.value is not None or not rows.terms:
        return None
    dims, asked_args = _own_sizes(receiver.dims, list(args), node)
    if any(d is None for d in dims):
        return None
    asked = _asked(asked_args)
    if asked is None or any(s.value is not None and s.value < 1 for s in asked):
        return None  # a -1 takes what is there: rows, not a failure (flow/ops.assumes_one_layer)
    total, wanted = _product(dims), _product(asked)  # type: ignore[arg-type]
    if same(total, wanted) or differ(total, wanted) or not same(total, wanted * rows):
        return None
    return UnfitView(location, method, dims, asked)  # type: ignore[arg-type]
