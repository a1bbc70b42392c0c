"""A weighted sum over a sequence (`torch.bmm(weights, values)`, `weights @ values`): the
result has the values' features, whatever the walk knows of the weights.

This is attention's context vector. The weights come out of a score function the walk often
cannot follow (a softmax of a module's output), but torch's rule does not need them: a product
whose right operand is a matrix ends in that operand's last dim. So the context keeps the
width of the encoder output it pools, and a decoder that concatenates it with its input meets
that width. With `bmm` both operands are 3-D, so its rank and batch are known too, and weights
written as `w.unsqueeze(1)` (one query row, the usual form) give one row: `(B, 1, H)`.
"""

from __future__ import annotations

import libcst as cst

from lstmcheck.lint.flow.values import Val
from lstmcheck.records import Location, Tensor
from lstmcheck.sizes import Size

PRODUCTS = frozenset({"bmm", "matmul"})


def unknown_weights(weights: Val) -> bool:
    """The left operand is no tensor of known rank: the table's product does not apply."""
    return not isinstance(weights, Tensor) or weights.dims is None


def weighted_sum(name: str, weights_node: cst.BaseExpression | None, values: Val,
                 made_at: Location) -> Tensor | None:
    """`name(weights, values)` with the weights unknown: `bmm` gives (B, rows, H) of 3-D
    values (rows 1 for `w.unsqueeze(1)`), `matmul` of values of rank 2 or more ends in H
    (its rank depends on the weights'). None when the values are not known so far."""
    if name not in PRODUCTS or not isinstance(values, Tensor) or values.last is None:
        return None
    dims = values.dims
    text = f"torch.{name}(...) at line {made_at.line}"
    if name == "bmm":  # both operands 3-D, or torch raises: the values' last dim is their H
        if dims is not None and len(dims) != 3:
            return None
        rows = Size.number(1) if _one_row(weights_node) else None
        out = (dims[0] if dims is not None else None, rows, values.last)
        return Tensor(out, values.last, text, made_at.line, layer=values.layer, made_at=made_at)
    # matmul: a matrix (or a batch of them) on the right; a recurrent output is one
    if not (len(dims) >= 2 if dims is not None else values.part == "output"):
        return None
    return Tensor(None, values.last, text, made_at.line, layer=values.layer, made_at=made_at)


def _one_row(node: cst.BaseExpression | None) -> bool:
    """`w.unsqueeze(1)` / `w.unsqueeze(-2)` / `torch.unsqueeze(w, 1)`: for bmm w is 2-D (or
    torch raises), so the new dim 1 is the one row of the 3-D weights."""
    if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute) \
            or node.func.attr.value != "unsqueeze":
        return False
    args = [a for a in node.args if not a.star]
    if isinstance(node.func.value, cst.Name) and node.func.value.value == "torch":
        args = args[1:]  # `torch.unsqueeze(w, 1)`
    if len(args) != 1 or (args[0].keyword is not None and args[0].keyword.value != "dim"):
        return False
    return _int(args[0].value) in (1, -2)


def _int(node: cst.BaseExpression) -> int | None:
    if isinstance(node, cst.Integer):
        return int(node.value)
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus) \
            and isinstance(node.expression, cst.Integer):
        return -int(node.expression.value)
    return None
