"""Where a file cuts its data into batches whose last one may be shorter, and the states sized
for a full batch that meet them.

A state built with a fixed batch (`torch.zeros(1, self.batch_size, H)` with 64 from the
constructor, a module constant, a config) fits every full batch; the data's last batch holds
what is left and fails. The flow says so only where the file shows both halves: a
`DataLoader(..., batch_size=64)` without `drop_last=True`, or a loop stepping through the data
by 64 (`for i in range(0, n, 64)` that slices `x[i:i + 64]` or takes `min(64, ...)` rows), and
a state of that same fixed batch fed next to an input whose batch the code does not fix. A
batch of 1 has no shorter last batch; a state whose batch is the input's is never one of these.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import libcst as cst

from lstmcheck.lint.flow.passed import passed_source
from lstmcheck.lint.flow.values import Tup, Val
from lstmcheck.lint.noted import own_sites
from lstmcheck.lint.walk import walk
from lstmcheck.records import Batches, Tensor
from lstmcheck.sizes import Size

LOADERS = frozenset({"torch.utils.data.DataLoader", "torch.utils.data.dataloader.DataLoader"})


class _Sites(cst.CSTVisitor):
    """The calls and `for` loops of one scope's own code (not of functions defined in it)."""

    def __init__(self) -> None:
        self.calls: list[cst.Call] = []
        self.loops: list[cst.For] = []

    def visit_Call(self, node: cst.Call) -> None:
        self.calls.append(node)

    def visit_For(self, node: cst.For) -> None:
        self.loops.append(node)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False


def _keyword(call: cst.Call, name: str) -> cst.Arg | None:
    return next((a for a in call.args if a.keyword is not None and a.keyword.value == name), None)


def _is_false(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "False"


def short_batch_argument(call: cst.Call, *, sampler_too: bool = False) -> cst.Arg | None:
    """The batch size argument of a DataLoader call whose last batch may be short: None when
    drop_last is set (not to False), a batch sampler is given (or, with `sampler_too`, any
    sampler), or no batch size is (batches of one)."""
    drop_last = _keyword(call, "drop_last")
    if (drop_last is not None and not _is_false(drop_last.value)) \
            or _keyword(call, "batch_sampler") is not None \
            or (sampler_too and _keyword(call, "sampler") is not None):
        return None
    given = _keyword(call, "batch_size")
    positional = [a for a in call.args if a.keyword is None]
    if given is None and len(positional) > 1:
        given = positional[1]
    return given


def tensors_in(value: Val, out: set[int]) -> set[int]:
    """The ids of the tensors a value holds (a tuple's, recursively)."""
    if isinstance(value, Tensor):
        out.add(id(value))
    elif isinstance(value, Tup):
        for item in value.items:
            tensors_in(item, out)
    return out


def _from_data(dims: tuple[Size | None, ...], batch_at: int | None) -> bool:
    """Whether the input's batch dim is one the data decides: not known, or a dim of a tensor
    the function was given (`x.size(0)`)."""
    if batch_at is None or len(dims) <= batch_at:
        return False
    batch = dims[batch_at]
    return batch is None or (batch.value is None and all(".size(" in key for key in batch.keys))


class _Exits(cst.CSTVisitor):
    """Whether a loop's own body may leave an iteration early (`break`, `continue`)."""

    found = False

    def visit_Break(self, node: cst.Break) -> None:
        self.found = True

    def visit_Continue(self, node: cst.Continue) -> None:
        self.found = True

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_For(self, node: cst.For) -> bool:
        return False  # an inner loop's own break is not this loop's

    def visit_While(self, node: cst.While) -> bool:
        return False


def _counts_rows(stop: cst.BaseExpression) -> bool:
    """A `range` stop that counts a tensor's rows: `len(x)`, `x.size(0)`, `x.shape[0]`, or a
    name (`n`, `num_samples`)."""
    if isinstance(stop, cst.Name):
        return True
    if isinstance(stop, cst.Call) and isinstance(stop.func, cst.Name) and stop.func.value == "len":
        return True
    if isinstance(stop, cst.Call) and isinstance(stop.func, cst.Attribute) and stop.func.attr.value == "size":
        return len(stop.args) == 1 and isinstance(stop.args[0].value, cst.Integer) \
            and stop.args[0].value.value == "0"
    if isinstance(stop, cst.Subscript) and isinstance(stop.value, cst.Attribute) \
            and stop.value.attr.value == "shape" and len(stop.slice) == 1:
        index = stop.slice[0].slice
        return isinstance(index, cst.Index) and isinstance(index.value, cst.Integer) \
            and index.value.value == "0"
    return False


def _leaves_early(body: cst.BaseSuite) -> bool:
    """A loop that may skip or stop at a batch (a check for a short one, as likely as not)."""
    exits = _Exits()
    walk(body, exits)
    return exits.found


class BatchSources:
    """Mixin of the walker: the file's batch sources, and the feeds whose fixed-batch states
    meet them."""

    _sources: dict[int, Batches] | None = None
    _batch_loops: list[tuple[Batches, set[int]]]  # loops over a source being walked

    def _number(self, node: cst.BaseExpression, scope: Any) -> int | None:
        size = self.resolver.size(node, scope)
        return None if size is None else size.value

    def _sources_of_file(self) -> dict[int, Batches]:
        """id of a DataLoader call or a `for` loop -> the batches it makes (computed once)."""
        if self._sources is not None:
            return self._sources
        self._sources = {}
        self._calls_of_file: list[tuple[cst.Call, Any]] = []
        loops: list[tuple[cst.For, Any]] = []
        for scope in self.scopes:
            if scope.kind == "module":
                body: Any = self.module
            elif scope.kind == "function" and isinstance(scope.node, cst.FunctionDef):
                body = scope.node.body
            else:
                continue
            noted = own_sites(body)  # the Collector's walk noted them (lint/noted.py)
            if noted is None:
                sites = _Sites()
                walk(body, sites)
                noted = sites.calls, sites.loops
            for call in noted[0]:
                self._calls_of_file.append((call, scope))
                found = self._loader(call, scope)
                if found is not None:
                    self._sources[id(call)] = found
            for loop in noted[1]:
                found = self._stepping(loop, scope)
                if found is not None:
                    self._sources[id(loop)] = found
                loops.append((loop, scope))
        # a DataLoader counts where a `for` goes through all its batches: not one only read
        # with `next(iter(loader))`, nor one whose loops stop or skip at a batch (a check for
        # the short one: `if len(x) < B: break`, `if i == len(loader) - 1: break`)
        through: dict[int, bool] = {}
        for loop, scope in loops:
            source = self._batch_source(loop.iter, scope)
            if source is not None and source.loader:
                key = next(k for k, s in self._sources.items() if s is source)
                through[key] = through.get(key, True) and not _leaves_early(loop.body)
        for key in [k for k, s in self._sources.items() if s.loader and not through.get(k)]:
            del self._sources[key]
        return self._sources

    def _loader(self, call: cst.Call, scope: Any) -> Batches | None:
        """`DataLoader(data, batch_size=64)`, drop_last not set (or False), no batch sampler."""
        if self.resolver.path_of(call.func, scope) not in LOADERS or any(a.star for a in call.args):
            return None
        given = short_batch_argument(call)
        size = None if given is None else self._number(given.value, scope)
        if size is None or size < 2:
            return None
        location = self.resolver.location(call)
        return Batches(location, size, f"the DataLoader at line {location.line}", loader=True)

    def _stepping(self, loop: cst.For, scope: Any) -> Batches | None:
        """`for i in range(start, stop, n)` whose body takes n rows from i: `x[i:i + n]`, or
        `min(n, ...)` of them."""
        call = loop.iter
        if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name) \
                or call.func.value != "range" or self.resolver.lookup("range", scope) is not None \
                or len(call.args) != 3 or any(a.star or a.keyword for a in call.args) \
                or not isinstance(loop.target, cst.Name):
            return None
        size = self._number(call.args[2].value, scope)
        if size is None or size < 2 or not self._takes_rows(loop, loop.target.value, size, scope):
            return None
        if not _counts_rows(call.args[1].value) or _leaves_early(loop.body):
            # `range(0, len(x) - n + 1, n)`, `if len(batch) < n: break`: full batches only;
            # `range(0, x.size(1), n)` steps through another dim (time, for truncated BPTT)
            return None
        location = self.resolver.location(call)
        return Batches(location, size, f"the loop over {self.resolver.text(call)} at line "
                       f"{location.line}", loader=False)

    def _takes_rows(self, loop: cst.For, counter: str, size: int, scope: Any) -> bool:
        found = False
        number = self._number

        class Rows(cst.CSTVisitor):
            def visit_Subscript(self, node: cst.Subscript) -> None:
                first = node.slice[0].slice if node.slice else None
                if isinstance(first, cst.Slice):  # the rows: `x[i:i + n]`, `x[i:i + n, :]`
                    self.rows(first)

            def rows(self, node: cst.Slice) -> None:
                nonlocal found
                upper = node.upper
                if isinstance(node.lower, cst.Name) and node.lower.value == counter \
                        and isinstance(upper, cst.BinaryOperation) and isinstance(upper.operator, cst.Add) \
                        and isinstance(upper.left, cst.Name) and upper.left.value == counter \
                        and number(upper.right, scope) == size:
                    found = True

            def visit_Call(self, node: cst.Call) -> None:
                nonlocal found
                if isinstance(node.func, cst.Name) and node.func.value == "min" and len(node.args) == 2 \
                        and any(number(a.value, scope) == size for a in node.args):
                    found = True

        walk(loop.body, Rows())
        return found

    def _batch_source(self, node: cst.BaseExpression, scope: Any, depth: int = 0) -> Batches | None:
        """The source a `for` iterates: a DataLoader (by its name, or wrapped in `enumerate`,
        `tqdm`, `iter`)."""
        sources = self._sources_of_file()
        while isinstance(node, cst.Call) and isinstance(node.func, cst.Name) \
                and node.func.value in ("enumerate", "tqdm", "iter") and node.args:
            if id(node) in sources:
                break
            node = node.args[0].value
        if id(node) in sources:
            return sources[id(node)]
        if isinstance(node, cst.Name):
            found = self.resolver.lookup(node.value, scope)
            if found is not None and len(found[1]) == 1 and found[1][0].kind == "assign" \
                    and found[1][0].payload is not None:
                return sources.get(id(found[1][0].payload))
            if found is not None and len(found[1]) == 1 and found[1][0].kind == "param" and depth < 3:
                # `def train_epoch(loader): for x, y in loader:` and every call passes a loader
                return self._passed_source(node.value, found[0], depth)
        return None

    def _passed_source(self, name: str, function: Any, depth: int) -> Batches | None:
        """The one batch source every call of `function` in the file passes as its parameter
        `name` (a function called by its name, a method by `self.`): None when a call passes
        anything else, or when no call is seen."""
        return passed_source(self, name, function, getattr(self, "_calls_of_file", []), depth)

    def _short_batches(self, data: Val, states: tuple[Tensor | None, ...], batch_at: int | None,
                       state_batch_at: int) -> Batches | None:
        """The batches a feed's fixed-batch states do not fit once the data runs short: every
        state with a batch dim has the same number N >= 2 there, the input's batch is not a
        number, and the file makes batches of N rows whose last may be shorter."""
        known = [s for s in states if s is not None and s.dims is not None]
        if not known or len(known) != len(states):
            return None
        sizes = {s.dims[state_batch_at].value if len(s.dims) > state_batch_at
                 and s.dims[state_batch_at] is not None else None for s in known}
        if len(sizes) != 1:
            return None
        n = sizes.pop()
        if n is None or n < 2:
            return None
        if isinstance(data, Tensor) and data.dims is not None and not _from_data(data.dims, batch_at):
            return None  # the code fixes the input's batch too (LC009 compares them), or may
        ids = {self._unhanded(i) for i in tensors_in(Tup(tuple(states)), set())}  # type: ignore[attr-defined]
        for source, before in reversed(getattr(self, "_batch_loops", [])):
            if source.size == n and ids <= before:
                return replace(source, carried=True)
        return next((s for s in self._sources_of_file().values() if s.size == n), None)
