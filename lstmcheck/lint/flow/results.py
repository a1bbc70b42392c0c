"""A recurrent layer's result taken in a form it does not have: `out, h, c = self.lstm(x)`,
`out, (h, c) = self.gru(x)`, `h, c = self.gru_cell(x, h)`, or the whole `(output, h_n)` pair
indexed, viewed or fed to a Linear as if it were the output. Noted as a `Feed` carrying a
`ResultUse` (LC011 words it); only where the layer's class is certain: a constructor written
as `nn.GRU(...)` (not `getattr(nn, kind)(...)` or a class held in a name), outside an `if` the
walk cannot decide whose test may choose the kind of layer."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

import libcst as cst

from lstmcheck.lint.flow.values import Tup
from lstmcheck.records import Feed, Location, ResultUse, Tensor

# what a tuple has that a tensor's user may ask for: not a misuse
_TUPLE_ATTRIBUTES = frozenset({"count", "index"})
# words in an `if` test the walk cannot decide that may choose the kind of layer
_KIND_WORDS = ("lstm", "gru", "rnn", "cell", "type", "mode", "kind", "arch")
_RETURNS = {"LSTM": "(output, (h_n, c_n))", "GRU": "(output, h_n)", "RNN": "(output, h_n)",
            "LSTMCell": "(h_1, c_1)", "GRUCell": "h_1, one tensor", "RNNCell": "h_1, one tensor"}


def _shape(tensor: Tensor) -> str:
    if tensor.dims is None:
        return ""
    return " (" + ", ".join("?" if d is None else str(d) for d in tensor.dims) + ")"


def _parts(value: Any) -> tuple[Tensor, ...] | None:
    """The tensors of a recurrent layer's result as the layer gives it, one layer's: `(output,
    h_n)`, `(output, (h_n, c_n))`, `(h, c)`, or a cell's bare `h`."""
    if isinstance(value, Tensor):
        return (value,) if value.part == "h" and value.layer is not None else None
    if not isinstance(value, Tup) or len(value.items) != 2:
        return None
    first, second = value.items
    if isinstance(second, Tup) and len(second.items) == 2:
        parts = (first, *second.items)
        names = ("output", "h_n", "c_n")
    else:
        parts = (first, second)
        names = ("output", "h_n") if getattr(first, "part", None) == "output" else ("h", "c")
    if not all(isinstance(p, Tensor) and p.part == n for p, n in zip(parts, names)):
        return None
    if len({p.layer for p in parts}) != 1 or parts[0].layer is None:
        return None
    return parts


def _state_pair(value: Any) -> tuple[Tensor, Tensor] | None:
    """nn.LSTM's final states as it gives them, `(h_n, c_n)`: the second item of its result,
    which `out, hidden = self.lstm(x)` binds to one name."""
    if not isinstance(value, Tup) or len(value.items) != 2:
        return None
    h_n, c_n = value.items
    if not (isinstance(h_n, Tensor) and isinstance(c_n, Tensor)) or (h_n.part, c_n.part) != ("h_n", "c_n"):
        return None
    return (h_n, c_n) if h_n.layer is not None and h_n.layer == c_n.layer else None


def _describe(kind: str, parts: tuple[Tensor, ...]) -> str:
    """The result's pieces with their shapes: "output (4, 7, 64) and h_n (1, 4, 64)"."""
    if kind == "LSTM":
        return f"output{_shape(parts[0])} and the pair (h_n{_shape(parts[1])}, c_n{_shape(parts[2])})"
    if kind in ("GRU", "RNN"):
        return f"output{_shape(parts[0])} and h_n{_shape(parts[1])}"
    if kind == "LSTMCell":
        return f"h_1{_shape(parts[0])} and c_1{_shape(parts[1])}"
    return f"h_1{_shape(parts[0])}"


def _fits(kind: str, parts: tuple[Tensor, ...]) -> bool:
    """The result's form is the one this class gives (a layer rebuilt in another
    configuration may be another class)."""
    names = tuple(p.part for p in parts)
    if kind == "LSTM" and names == ("h_n", "c_n"):  # its state pair alone (_state_pair)
        return True
    return names == {"LSTM": ("output", "h_n", "c_n"), "GRU": ("output", "h_n"), "RNN": ("output", "h_n"),
                     "LSTMCell": ("h", "c")}.get(kind, ("h",))


def _rows(tensor: Tensor) -> int | None:
    """The size of the first dim, which unpacking a tensor iterates, when it is a number."""
    if tensor.dims is None or not tensor.dims or tensor.dims[0] is None:
        return None
    return tensor.dims[0].value


def _simple(targets: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """A tuple or list target's elements, none starred."""
    if not isinstance(targets, (cst.Tuple, cst.List)) \
            or any(isinstance(e, cst.StarredElement) for e in targets.elements):
        return None
    return [e.value for e in targets.elements]


class ResultForms:
    """Mixin of the walker: a recurrent result unpacked or used in the wrong form."""

    _undecided_tests: list

    @contextmanager
    def _undecided_test(self, test: cst.BaseExpression) -> Iterator[None]:
        """Walking the branches of an `if` the walk cannot decide."""
        if not hasattr(self, "_undecided_tests"):
            self._undecided_tests = []
        self._undecided_tests.append(test)
        try:
            yield
        finally:
            self._undecided_tests.pop()

    def _kind_uncertain(self) -> bool:
        """Inside an undecided `if` whose test may choose the kind (`if rnn_type == "LSTM":`)."""
        for test in getattr(self, "_undecided_tests", ()):
            text = self.resolver.text(test).lower()
            if '"' in text or "'" in text or any(word in text for word in _KIND_WORDS):
                return True
        return False

    def _certain_layer(self, at: Location, parts: tuple[Tensor, ...]) -> tuple[str, str] | None:
        """(class, constructor text) of the layer built at `at`, when its class is written
        out: `nn.GRU(...)`, `torch.nn.LSTM(...)`, `GRU(...)` imported from torch.nn."""
        for node, record in self.records.items():
            if record.location != at:
                continue
            func = node.func
            if isinstance(func, cst.Attribute):
                root = func
                while isinstance(root, cst.Attribute):
                    root = root.value
                if not isinstance(root, cst.Name) or root.value == "self":
                    return None
            elif isinstance(func, cst.Name):
                module = next((s for s in self.scopes if s.kind == "module"), None)
                found = None if module is None else self.resolver.lookup(func.value, module)
                if found is None or found[0] is not module or any(b.kind != "import" for b in found[1]):
                    return None
            else:
                return None
            return (record.constructor, record.text) if _fits(record.constructor, parts) else None
        return None

    def _note_use(self, at: cst.CSTNode, parts: tuple[Tensor, ...], use: ResultUse) -> None:
        if self._kind_uncertain():
            return
        layer = self._certain_layer(parts[0].layer, parts)
        if layer is None:
            return
        self.feeds.append(Feed(self.path, layer[0], parts[0].layer, layer[1], self.resolver.location(at),
                               None, result_use=use))

    def _result_unpacked(self, node: cst.Assign, value: Any) -> None:
        """`out, h, c = self.lstm(x)`, `out, (h, c) = self.gru(x)`, `h, c = self.gru_cell(x, h)`:
        the targets of an assignment straight from the layer's call."""
        parts = _parts(value)
        if parts is None or not isinstance(node.value, cst.Call) \
                or any(p.made_at != self.resolver.location(node.value) for p in parts):
            return
        record = next((r for r in self.records.values() if r.location == parts[0].layer), None)
        if record is None or not _fits(record.constructor, parts):
            return
        kind = record.constructor
        call = self.resolver.text(node.value)
        for target in node.targets:
            elements = _simple(target.target)
            if elements is None:
                continue
            names = [self.resolver.text(e) for e in elements]
            written = self.resolver.text(target.target)
            pieces = _describe(kind, parts)
            if kind in ("GRUCell", "RNNCell"):
                rows = _rows(parts[0])
                if rows is not None and rows == len(elements):
                    continue
                self._note_use(target.target, parts, ResultUse(
                    "unpack-tensor", written, _RETURNS[kind], pieces, len(elements), rows,
                    right=f"{names[0]} = {call}"))
                continue
            if len(elements) != 2:
                inner = f"({', '.join(names[1:3])})" if kind == "LSTM" and len(names) >= 3 else names[1] \
                    if len(names) > 1 else "h_n"
                right = f"{names[0]}, {inner} = {call}" if kind != "LSTMCell" \
                    else f"{', '.join(names[:2])} = {call}"
                self._note_use(target.target, parts, ResultUse(
                    "unpack-tuple", written, _RETURNS[kind], pieces, len(elements), 2, right=right))
                continue
            inner_elements = _simple(elements[1]) if kind in ("LSTM", "GRU", "RNN") else None
            if inner_elements is None:
                continue
            if kind == "LSTM":
                if len(inner_elements) != 2:
                    self._note_use(target.target, parts, ResultUse(
                        "unpack-tuple", written, _RETURNS[kind], f"(h_n{_shape(parts[1])}, "
                        f"c_n{_shape(parts[2])})", len(inner_elements), 2,
                        right=f"{names[0]}, (h_n, c_n) = {call}"))
                continue
            rows = _rows(parts[1])
            if rows is None or rows == len(inner_elements):
                continue  # (h_fwd, h_bwd) of one bidirectional layer's h_n unpacks
            h_name = self.resolver.text(inner_elements[0])
            self._note_use(target.target, parts, ResultUse(
                "unpack-tensor", written, _RETURNS[kind], f"h_n is one tensor{_shape(parts[1])}",
                len(inner_elements), rows, right=f"{names[0]}, {h_name} = {call}"))

    def _tuple_as_tensor(self, at: cst.CSTNode, held: cst.BaseExpression, value: Any, how: str) -> None:
        """The whole result used where a tensor goes: `y[:, -1]`, `y.view(...)`, `y.size(0)`,
        `self.fc(y)`, with `y` the layer's whole result (a cell's one tensor is no tuple)."""
        parts = _parts(value)
        if parts is None and how.startswith("layer "):  # `self.fc(hidden)`, hidden = (h_n, c_n)
            self._pair_as_tensor(at, held, value, how)
            return
        if parts is None or len(parts) == 1:
            return
        attribute = how.split(" ", 1)[1] if how.startswith("attribute ") else None
        if attribute is not None and (attribute in _TUPLE_ATTRIBUTES or attribute.startswith("__")):
            return  # what a tuple has too: `y.count(...)`, `y.__len__()`
        record = next((r for r in self.records.values() if r.location == parts[0].layer), None)
        if record is None or not _fits(record.constructor, parts):
            return
        kind = record.constructor
        name = self.resolver.text(held) if isinstance(held, (cst.Name, cst.Attribute)) else None
        self._note_use(at, parts, ResultUse(
            "tuple-as-tensor", self.resolver.text(at), _RETURNS[kind], _describe(kind, parts),
            how=how, name=name))

    def _pair_as_tensor(self, at: cst.CSTNode, held: cst.BaseExpression, value: Any, how: str) -> None:
        """nn.LSTM's state pair given to a layer as if it were a tensor: `out, hidden =
        self.lstm(x)` then `self.fc(hidden)`, the most common slip from GRU code to LSTM code."""
        pair = _state_pair(value)
        if pair is None:
            return  # (_note_use keeps it only where the layer is written out as an nn.LSTM)
        name = self.resolver.text(held) if isinstance(held, (cst.Name, cst.Attribute)) else None
        self._note_use(at, pair, ResultUse(
            "pair-as-tensor", self.resolver.text(at), _RETURNS["LSTM"],
            f"h_n{_shape(pair[0])} and c_n{_shape(pair[1])}", how=how, name=name))
