"""Stacks whose every module is built the same way: `nn.ModuleList(nn.LSTMCell(i, h) for _ in
range(n))`, or `for _ in range(n): self.cells.append(nn.GRUCell(i, h))`. The walk knows a
stack by its first module (flow/sequences.py); when the call that makes each module reads
nothing that changes from one module to the next, the second module is that same layer, so
a loop's second iteration may feed it what the first iteration's output was (the stacked
cells of jiangqn/seq2seq, each sized for the first layer's input). Only with a count the
configuration states, two or more: a stack of one has no second module to be fed.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.syntax import assigned_names, attribute_targets, is_self
from lstmcheck.lint.walk import walk
from lstmcheck.sizes import Size


class _Reads(cst.CSTVisitor):
    """The names, `self.X` attributes and calls an expression reads."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.attributes: set[str] = set()
        self.calls = 0

    def visit_Name(self, node: cst.Name) -> None:
        self.names.add(node.value)

    def visit_Attribute(self, node: cst.Attribute) -> None:
        if is_self(node.value):
            self.attributes.add(node.attr.value)

    def visit_Call(self, node: cst.Call) -> None:
        self.calls += 1

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        self.calls += 1  # what a lambda reads is not this call's to say
        return False


def _reads(node: cst.CSTNode) -> _Reads:
    reads = _Reads()
    walk(node, reads)
    return reads


def _made_alike(call: cst.Call, changing: set[str], changing_attributes: set[str]) -> bool:
    """The one call makes each module alike: no argument calls anything (`next(sizes)`,
    `sizes.pop(0)`) or reads what changes from one module to the next."""
    reads = _reads(call)
    return reads.calls == 1 and not reads.names & changing and not reads.attributes & changing_attributes


def _count(iterated: cst.BaseExpression, scope: Any, resolver: Any) -> int | None:
    """How many modules `range(n)` (`range` not rebound) or a literal list makes."""
    if isinstance(iterated, (cst.List, cst.Tuple)):
        if any(isinstance(e, cst.StarredElement) for e in iterated.elements):
            return None
        return len(iterated.elements)
    if not (isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Name)
            and iterated.func.value == "range" and len(iterated.args) == 1
            and iterated.args[0].keyword is None and not iterated.args[0].star
            and resolver.lookup("range", scope) is None):
        return None
    count = resolver.size(iterated.args[0].value, scope)
    return count.value if isinstance(count, Size) and count.value is not None else None


def comprehension_alike(comprehension: cst.BaseExpression, scope: Any, resolver: Any) -> bool:
    """`[<call> for <t> in range(n)]` (or a generator) whose call does not read `t`, n >= 2."""
    if not isinstance(comprehension, (cst.ListComp, cst.GeneratorExp)):
        return False
    loop = comprehension.for_in
    if loop.inner_for_in is not None or loop.ifs or loop.asynchronous is not None \
            or not isinstance(comprehension.elt, cst.Call):
        return False
    changing = set(_reads(loop.target).names)
    if not _made_alike(comprehension.elt, changing, set()):
        return False
    count = _count(loop.iter, scope, resolver)
    return count is not None and count >= 2


def appended_alike(body: list, attr: str, scope: Any, resolver: Any) -> bool:
    """`__init__`'s body fills `self.<attr>` only in one `for <t> in range(n):` loop whose body
    appends one call that reads neither `t` nor anything the loop body assigns, n >= 2."""
    loops = [s for s in body if isinstance(s, cst.For) and _fills(s, attr)]
    others = [s for s in body if not isinstance(s, cst.For) and _fills(s, attr)]
    if len(loops) != 1 or others:
        return False
    loop = loops[0]
    if loop.orelse is not None or not isinstance(loop.body, cst.IndentedBlock):
        return False
    appends = [s for s in loop.body.body if _fills(s, attr)]
    if len(appends) != 1 or not isinstance(appends[0], cst.SimpleStatementLine) \
            or len(appends[0].body) != 1 or not isinstance(appends[0].body[0], cst.Expr):
        return False
    call = appends[0].body[0].value
    if not (isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
            and call.func.attr.value == "append" and len(call.args) == 1
            and call.args[0].keyword is None and not call.args[0].star
            and isinstance(call.args[0].value, cst.Call)):
        return False
    changing = set(_reads(loop.target).names) | assigned_names(loop.body)
    changing_attributes = {a.attr.value for a in attribute_targets(loop.body) if is_self(a.value)}
    if not _made_alike(call.args[0].value, changing, changing_attributes):
        return False
    count = _count(loop.iter, scope, resolver)
    return count is not None and count >= 2


def _fills(node: cst.CSTNode, attr: str) -> bool:
    """Whether a method of `self.<attr>` is called (`append`, `extend` ...) or `self.<attr> +=`
    runs under `node`."""
    from lstmcheck.lint.flow.sequences import _appends_to

    return _appends_to(node, attr)
