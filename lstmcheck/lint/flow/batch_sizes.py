"""What a file shows of its data's batch sizes, for states of a batch fixed in advance
(flow/fixed_batches.py): whether its DataLoaders all give one size, the sizes they give, where
it cuts its data into batches whose last may be shorter whatever their size, and whether a
state was handed in by a caller that chose its batch. Functions of the walker, computed once
per file where they can be.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.batches import (
    LOADERS, _counts_rows, _keyword, _leaves_early, _Sites, short_batch_argument,
)
from lstmcheck.lint.flow.fixed_batches import fixed_batch, fixed_size
from lstmcheck.lint.noted import own_sites
from lstmcheck.lint.walk import walk
from lstmcheck.records import FixedBatch, Location, Tensor


def fixed_batch_of(walker: Any, node: cst.Call, data: Any, states: tuple[Tensor | None, ...],
                   batch_at: int | None, state_batch_at: int, rank: int) -> FixedBatch | None:
    """States of a batch fixed in advance met by the data's batch (flow/fixed_batches.py);
    None where every DataLoader of the file drops a short last batch (or makes batches of
    one): those batches are all one size."""
    if fixed_size(states, state_batch_at, rank) is None:
        return None  # no state of a fixed batch: nothing to look up (most feeds)
    if _loaders_keep_one_size(walker) or _caller_chose_batch(walker, states):
        return None
    return fixed_batch(node, _function_body(walker, node), walker.resolver.location, data, states,
                       batch_at, state_batch_at, rank, _uneven_batches(walker), _loader_sizes(walker))


def _caller_chose_batch(walker: Any, states: tuple[Tensor | None, ...]) -> bool:
    """A state handed in by a caller that made it with arguments (`init_state(1)`,
    `model.init_hidden(batch)`): the caller sized it for its own data, which the walk
    may not see; only a maker given nothing fixes the batch in advance."""
    handed = [s.handed[-1] for s in states if s is not None and s.handed]
    if not handed:
        return False
    if "_assigned_calls" not in walker.__dict__:
        found: dict[tuple[int, int], cst.BaseExpression] = {}
        location = walker.resolver.location

        class Makers(cst.CSTVisitor):
            def visit_Assign(self, node: cst.Assign) -> None:
                at = location(node.value)
                found[(at.line, at.column)] = node.value

            def visit_Arg(self, node: cst.Arg) -> None:
                at = location(node.value)
                found[(at.line, at.column)] = node.value

        walk(walker.module, Makers())
        walker.__dict__["_assigned_calls"] = found
    made = walker.__dict__["_assigned_calls"]
    for handover in handed:
        value = made.get((handover.at.line, handover.at.column))
        if not (isinstance(value, cst.Call) and not value.args):
            return True
    return False


def _uneven_batches(walker: Any) -> Location | None:
    """Where the file cuts its data into batches whose last may be shorter, whatever their
    size: a DataLoader (batch size not 1, no drop_last=True, no sampler) that a `for` goes
    through without stopping or skipping at a batch, or a loop over `range(0, rows, n)`
    that takes `x[i:i + n]` or `min(n, ...)` rows and does neither."""
    if "_uneven_found" in walker.__dict__:
        return walker.__dict__["_uneven_found"]
    found = None
    walker._sources_of_file()
    calls = getattr(walker, "_calls_of_file", [])
    loaders = {}
    for call, scope in calls:
        if walker.resolver.path_of(call.func, scope) in LOADERS and not any(a.star for a in call.args):
            given = short_batch_argument(call, sampler_too=True)
            size = None if given is None else walker._number(given.value, scope)
            if given is not None and (size is None or size >= 2):
                loaders[id(call)] = call
    for scope in walker.scopes:
        body = walker.module if scope.kind == "module" else \
            scope.node.body if scope.kind == "function" and isinstance(scope.node, cst.FunctionDef) else None
        if body is None:
            continue
        noted = own_sites(body)
        if noted is None:
            sites = _Sites()
            walk(body, sites)
            noted = sites.calls, sites.loops
        for loop in noted[1]:
            if _leaves_early(loop.body):
                continue
            loader = _iterated_loader(walker, loop.iter, scope, loaders)
            if loader is not None or _takes_what_is_left(walker, loop):
                found = walker.resolver.location(loader if loader is not None else loop.iter)
                break
        if found is not None:
            break
    walker.__dict__["_uneven_found"] = found
    return found


def _iterated_loader(walker: Any, node: cst.BaseExpression, scope: Any, loaders: dict) -> cst.Call | None:
    """The DataLoader call a `for` goes through: itself, wrapped (`enumerate`, `tqdm`,
    `iter`), or a name bound once to it."""
    while isinstance(node, cst.Call) and isinstance(node.func, cst.Name) \
            and node.func.value in ("enumerate", "tqdm", "iter") and node.args and id(node) not in loaders:
        node = node.args[0].value
    if isinstance(node, cst.Name):
        found = walker.resolver.lookup(node.value, scope)
        if found is not None and len(found[1]) == 1 and found[1][0].kind == "assign":
            node = found[1][0].payload
    return loaders.get(id(node))


def _takes_what_is_left(walker: Any, loop: cst.For) -> bool:
    """`for i in range(0, n, step)` whose body takes `x[i:i + step]` or `min(step, ...)`
    rows, `step` written alike: the last batch holds what is left."""
    call = loop.iter
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name) or call.func.value != "range" \
            or len(call.args) != 3 or any(a.star or a.keyword for a in call.args) \
            or not isinstance(loop.target, cst.Name) or not _counts_rows(call.args[1].value):
        return False
    step = walker.resolver.text(call.args[2].value)
    counter = loop.target.value
    text = walker.resolver.text
    found = False

    class Rows(cst.CSTVisitor):
        def visit_Slice(self, node: cst.Slice) -> None:
            nonlocal found
            upper = node.upper
            if isinstance(node.lower, cst.Name) and node.lower.value == counter \
                    and isinstance(upper, cst.BinaryOperation) and isinstance(upper.operator, cst.Add) \
                    and text(upper.right) == step:
                found = True

        def visit_Call(self, node: cst.Call) -> None:
            nonlocal found
            if isinstance(node.func, cst.Name) and node.func.value == "min" and len(node.args) == 2 \
                    and any(text(a.value) == step for a in node.args):
                found = True

    walk(loop.body, Rows())
    return found


def _loaders_keep_one_size(walker: Any) -> bool:
    """The file makes DataLoaders, each drops a short last batch or has none, and those
    whose batch size the file writes agree on it."""
    if "_one_size" not in walker.__dict__:
        walker._sources_of_file()
        loaders = [call for call, scope in getattr(walker, "_calls_of_file", [])
                   if walker.resolver.path_of(call.func, scope) in LOADERS]
        walker.__dict__["_one_size"] = bool(loaders) and all(
            not any(a.star for a in call.args) and short_batch_argument(call) is None for call in loaders) \
            and len({size for _, size in _loader_sizes(walker)}) < 2
    return walker.__dict__["_one_size"]


def _loader_sizes(walker: Any) -> tuple[tuple[Location, int], ...]:
    """Each DataLoader of the file whose batch size is known: 1 when none is given."""
    if "_loader_sizes_found" not in walker.__dict__:
        walker._sources_of_file()
        found = []
        for call, scope in getattr(walker, "_calls_of_file", []):
            if walker.resolver.path_of(call.func, scope) not in LOADERS or any(a.star for a in call.args) \
                    or _keyword(call, "batch_sampler") is not None:
                continue
            given = _keyword(call, "batch_size")
            positional = [a for a in call.args if a.keyword is None]
            if given is None and len(positional) > 1:
                given = positional[1]
            size = 1 if given is None else walker._number(given.value, scope)
            if size is not None:
                found.append((walker.resolver.location(call), size))
        walker.__dict__["_loader_sizes_found"] = tuple(found)
    return walker.__dict__["_loader_sizes_found"]


def _function_body(walker: Any, node: cst.Call) -> cst.CSTNode | None:
    """The body of the innermost function whose span holds the call."""
    at = walker.resolver.location(node)
    if "_function_spans" not in walker.__dict__:  # a function's span is costly: once a file
        walker.__dict__["_function_spans"] = [
            (walker.resolver.location(scope.node), scope.node.body) for scope in walker.scopes
            if scope.kind == "function" and isinstance(scope.node, cst.FunctionDef)]
    best = None
    for span, body in walker.__dict__["_function_spans"]:
        if span.contains(at) and (best is None or best[0].contains(span)):
            best = (span, body)
    return None if best is None else best[1]
