"""An LSTM's state pair used as if it were one tensor: `torch.cat([h_a, h_b], -1)` of two
`(h_n, c_n)` tuples, `hidden[-2, :, :]`, `hidden.squeeze(0)`. Code written for a GRU, whose
state is one tensor, meets the LSTM's tuple (often only in the configuration that builds an
LSTM: `getattr(nn, rnn_type)`), and torch or Python rejects the tuple at that op.

Only a pair the walk knows came whole from an LSTM (or an LSTMCell) is judged: two tensors,
its h and c, of one layer; and only on a way the walk knows runs (not inside an `if` whose way
it cannot decide: `if self.rnn_cell is nn.LSTM: h[0].size(1) else: h.size(1)`). The op is
recorded as a `Feed` of kind `PAIR_AS_TENSOR` (`records.py`): the layer is the LSTM, the
location the op, the states the pair; LC009 reports it there. Likewise `lstm(x, h, c)`
(`STATES_SPREAD`) and `.size(k)` beyond a known rank (`DIM_OUT_OF_RANGE`).
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow import ops
from lstmcheck.lint.flow.values import Tup, Val
from lstmcheck.lint.walk import walk
from lstmcheck.records import DIM_OUT_OF_RANGE, PAIR_AS_TENSOR, STATES_SPREAD, Feed, Tensor

# tensor methods that only shape code calls (not `detach`, `to`, `cuda`: generic helpers such as
# `repackage_hidden` call those on whatever they are given, behind tests the walk may not decide)
_SHAPE_METHODS = frozenset({"size", "dim"})
_PARTS = (("h_n", "c_n"), ("h", "c"))


def as_pair_item(tensor: Tensor, elements: list) -> bool:
    """`states[0]` or `states[1]` of a layer's 3-D final state: what code written for an LSTM
    does to take h_n and c_n out of the pair, given a GRU's one tensor."""
    if tensor.part != "h_n" or tensor.dims is None or len(tensor.dims) != 3 or len(elements) != 1 \
            or not isinstance(elements[0], cst.Index):
        return False
    value = elements[0].value
    return isinstance(value, cst.Integer) and value.value in ("0", "1")


def state_pair(value: Val) -> Tup | None:
    """`value` when it is an LSTM's `(h, c)` as the layer returned it, else None."""
    if not isinstance(value, Tup) or len(value.items) != 2 \
            or not all(isinstance(i, Tensor) for i in value.items):
        return None
    h, c = value.items
    if (h.part, c.part) not in _PARTS or h.layer is None or h.layer != c.layer:
        return None
    return value


class StatePairs:
    """Mixin of the walker: an LSTM's state pair handed to an op that takes one tensor."""

    def _pair_used(self, pair: Tup, node: cst.CSTNode, how: str) -> None:
        if self._undecided:
            return  # `if self.rnn_cell is nn.LSTM: ... else: h.size(1)`: perhaps never run so
        h, c = pair.items
        location = self.resolver.location(node)
        self.feeds.append(Feed(self.path, PAIR_AS_TENSOR, h.layer, how, location, None, (h, c),
                               states_in_tuple=True))

    def _states_spread(self, layer: Any, node: cst.Call) -> bool:
        """`lstm(x, h, c)`, `self.rnn(x, hidden.unsqueeze(0), cell.unsqueeze(0))`: the states
        as two positional arguments where the layer takes one, `(h, c)`; recorded, True."""
        plain = [a for a in node.args if a.keyword is None and not a.star]
        if len(plain) < 3 or any(a.star for a in node.args):
            return False
        self.feeds.append(Feed(self.path, STATES_SPREAD, layer.location, layer.name,
                               self.resolver.location(node), None))
        return True

    def _pairs_joined(self, items: Val, node: cst.Call, name: str) -> None:
        """`torch.cat([a, b])` / `torch.stack(...)` given a pair among its tensors."""
        if not isinstance(items, Tup):
            return
        for item in items.items:
            pair = state_pair(item)
            if pair is not None:
                self._pair_used(pair, node, f"torch.{name}(...)")
                return

    def _pair_indexed(self, base: Val, node: cst.Subscript) -> None:
        """`hidden[-1, :, :]`: indices for a tensor's dims given to the tuple."""
        pair = state_pair(base)
        if pair is not None and len(node.slice) > 1:
            self._pair_used(pair, node, "[...]")

    def _pair_method(self, receiver: Any, name: str, node: cst.Call) -> None:
        """`hidden.squeeze(0)`, `hidden.size(1)`: a tensor method the tuple does not have."""
        pair = state_pair(receiver)
        if pair is not None and (name in _SHAPE_METHODS or name in ops.VIEWS or name in ops.TENSOR_OPS):
            self._pair_used(pair, node, f".{name}(...)")

    def _dim_out_of_range(self, tensor: Tensor, index: int, node: cst.Call) -> None:
        """`h.size(2)` of a tensor the walk knows to be 2-D, made from a recurrent layer's
        result: torch raises IndexError. Recorded with the tensor as the input."""
        assert tensor.dims is not None
        rank = len(tensor.dims)
        if tensor.layer is None or -rank <= index < rank or self._undecided:
            return
        self.feeds.append(Feed(self.path, DIM_OUT_OF_RANGE, tensor.layer, f".size({index})",
                               self.resolver.location(node), tensor))
        self.__dict__.setdefault("_failed_calls", set()).add(id(node))

    def _after_failure(self, node: cst.Call) -> bool:
        """Whether an argument of the call holds a `.size(k)` that torch has already raised at:
        what the call makes is not known (no finding on the sizes that never exist)."""
        failed = self.__dict__.get("_failed_calls")
        if not failed:
            return False
        found = False

        class Finder(cst.CSTVisitor):
            def visit_Call(self, call: cst.Call) -> bool:
                nonlocal found
                found = found or id(call) in failed
                return not found

        for arg in node.args:
            walk(arg.value, Finder())
        return found
