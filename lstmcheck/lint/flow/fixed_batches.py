"""Initial states whose batch is a number fixed before the data is seen, and the input they
meet.

A state sized from a constructor argument, an option, a config field or a constant
(`torch.zeros(1, self.batch_size, H)`, `randn(layers, 1, H)` for a "common" state) fits only
the batches of that size. What a model is fed comes from a loader or a caller: the last batch
of an epoch is shorter unless the loader drops it, an evaluation batch or a single prediction
is another size, and a recurrent layer does not broadcast its state over the batch. The flow
records the number and whether the input's batch is the data's (unknown or named: `x.size(0)`,
`args.batch_size`), with what in the file shows other batches: a DataLoader or a stepping loop
that keeps a short last batch, a DataLoader of another size, a batch a name sets. LC009 warns
only when one of them (or another build of the model with another number) is there; nothing
is recorded where every DataLoader of the file gives one size, nor for a state a caller made
with the batch it passed (`init_state(1)` for its own one-row data).

Where the fix goes is where the state comes into the function that applies the layer, when it
comes from elsewhere: the call that makes it and is given no batch (`self.init_hidden()`), the
read of what the object keeps (`h = (self.h0, self.c0)`, `self.lstm(x, self.hidden)`).
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.syntax import is_self
from lstmcheck.lint.flow.values import Symbolic
from lstmcheck.lint.walk import walk
from lstmcheck.records import FixedBatch, Location, Tensor
from lstmcheck.sizes import Size


def fixed_size(states: tuple[Tensor | None, ...], at: int, rank: int) -> int | None:
    """The one number every state has at its batch dim; None when a state is not known, is
    unbatched, was returned by a layer (the previous batch's, not a number chosen in advance)
    or has no such number there."""
    if not states or any(s is None or s.dims is None or len(s.dims) != rank
                         or s.part is not None for s in states):
        return None
    sizes = {s.dims[at].value if s.dims[at] is not None else None for s in states}  # type: ignore[union-attr,index]
    if len(sizes) != 1:
        return None
    n = sizes.pop()
    return n if n is not None and n >= 1 else None


def batch_from_data(data: Any, batch_at: int | None, rank: int, n: int) -> bool:
    """Whether the input's batch is the data's: a batched tensor whose batch dim is unknown or
    named; an input the walk knows nothing of counts only against a state of several rows."""
    if isinstance(data, Tensor) and data.packed:
        return False  # packed from the data's lengths: its batch is not shown here
    if isinstance(data, Symbolic):
        return True  # a parameter: what the caller passes, the data
    if not isinstance(data, Tensor) or data.dims is None:
        return n >= 2 and (data is None or isinstance(data, Tensor))
    if batch_at is None or len(data.dims) != rank or data.packed:
        return False
    batch: Size | None = data.dims[batch_at]
    if batch is None:
        return n >= 2
    return batch.value is None


class _Assigns(cst.CSTVisitor):
    """The single-target assignments of one function's own body, in order, and the `self.X`
    it assigns anywhere (in a tuple target too)."""

    def __init__(self) -> None:
        self.found: list[tuple[cst.BaseExpression, cst.BaseExpression, cst.Assign]] = []
        self.kept: set[str] = set()

    def visit_Assign(self, node: cst.Assign) -> None:
        if len(node.targets) == 1:
            self.found.append((node.targets[0].target, node.value, node))
        for target in node.targets:
            self._keep(target.target)

    def _keep(self, target: cst.BaseExpression) -> None:
        if isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self._keep(element.value)
        elif isinstance(target, cst.Attribute) and is_self(target.value):
            self.kept.add(target.attr.value)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False


def _same_target(target: cst.BaseExpression, state: cst.BaseExpression) -> bool:
    if isinstance(state, cst.Name):
        return isinstance(target, cst.Name) and target.value == state.value
    return isinstance(target, cst.Attribute) and isinstance(state, cst.Attribute) \
        and is_self(target.value) and is_self(state.value) and target.attr.value == state.attr.value


def _kept_reads(value: cst.BaseExpression) -> bool:
    """`self.h0`, or a tuple of such reads: what the object keeps."""
    if isinstance(value, (cst.Tuple, cst.List)):
        return bool(value.elements) and all(_kept_reads(e.value) for e in value.elements)
    return isinstance(value, cst.Attribute) and is_self(value.value)


def state_argument(call: cst.Call) -> cst.BaseExpression | None:
    """The state a layer call passes (`hx` or the second positional), its first item when a
    tuple is written out."""
    positional = [a for a in call.args if a.keyword is None]
    if any(a.star for a in call.args):
        return None
    given = positional[1].value if len(positional) > 1 else next(
        (a.value for a in call.args if a.keyword is not None and a.keyword.value == "hx"), None)
    if isinstance(given, (cst.Tuple, cst.List)) and given.elements:
        given = given.elements[0].value
    return given


def entered(call: cst.Call, body: cst.CSTNode, location: Any) -> tuple[Location, str] | None:
    """Where the state a layer call passes comes into the function: the last assignment of it
    above the call when that assignment calls a maker given nothing or reads what the object
    keeps; the read itself when `self.X` is passed and not assigned above. None when the state
    is a parameter (handed in) or made in the function."""
    state = state_argument(call)
    if not isinstance(state, (cst.Name, cst.Attribute)) \
            or (isinstance(state, cst.Attribute) and not is_self(state.value)):
        return None
    line = location(call).line
    found = _Assigns()
    walk(body, found)
    above = [(value, node) for target, value, node in found.found
             if _same_target(target, state) and location(node).end_line < line]
    if not above:
        if not isinstance(state, cst.Attribute) or state.attr.value in found.kept:
            return None  # a state the object keeps from call to call: made where it starts
        return location(state), "read"
    value, node = above[-1]
    if isinstance(value, cst.Call) and not value.args and isinstance(value.func, cst.Attribute):
        return location(node), "call"  # `self.init_hidden()`, `model.begin_state()`
    if _kept_reads(value):
        return location(node), "read"
    return None


def named_batch(data: Any, batch_at: int | None) -> str:
    """The input's batch when a name, not a tensor's size, sets it (`args.batch_size`)."""
    if not isinstance(data, Tensor) or data.dims is None or batch_at is None or len(data.dims) <= batch_at:
        return ""
    batch = data.dims[batch_at]
    if batch is None or batch.value is not None or any(".size(" in key for key in batch.keys):
        return ""
    return str(batch)


def fixed_batch(call: cst.Call, body: cst.CSTNode | None, location: Any, data: Any,
                states: tuple[Tensor | None, ...], batch_at: int | None, state_batch_at: int,
                rank: int, uneven: Location | None,
                loaders: tuple[tuple[Location, int], ...] = ()) -> FixedBatch | None:
    """The record for a feed whose states have a fixed batch, or None."""
    n = fixed_size(states, state_batch_at, rank)
    if n is None:
        return None
    where = None if body is None else entered(call, body, location)
    entered_at, how = where if where is not None else (None, "")
    other = next(((at, size) for at, size in loaders if size != n), None)
    return FixedBatch(n, entered_at, how, uneven=uneven, named=named_batch(data, batch_at),
                      other_loader=other, from_data=batch_from_data(data, batch_at, rank, n))
