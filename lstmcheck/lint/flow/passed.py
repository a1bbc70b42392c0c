"""What every call of a function passes for one of its parameters, when that is a batch source:
`def train_epoch(loader, model): for x, y in loader: ...` with `train_epoch(train_loader, m)`
and `train_loader = DataLoader(...)` goes through that DataLoader's batches (real training
code cuts the loop out of the function that builds the loader more often than not)."""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.syntax import arguments, params
from lstmcheck.records import Batches


def _calls_it(call: cst.Call, where: Any, function: Any, resolver: Any) -> bool:
    """`train_epoch(...)` bound to this function, or `self.train_epoch(...)` in its class."""
    func, name = call.func, function.name
    if isinstance(func, cst.Name) and func.value == name:
        found = resolver.lookup(name, where)
        return found is not None and len(found[1]) == 1 and found[1][0].node is function.node
    if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "self" \
            and func.attr.value == name and function.parent is not None and function.parent.kind == "class":
        owner = where
        while owner is not None and owner.kind != "class":
            owner = owner.parent
        return owner is function.parent
    return False


def _argument(call: cst.Call, name: str, function: Any) -> cst.BaseExpression | None:
    """What the call passes for the parameter `name` (None: not passed, or passed by a star)."""
    if any(a.star for a in call.args):
        return None
    names = params(function.node.params)
    if isinstance(call.func, cst.Attribute) and names and names[0] == "self":
        names = names[1:]
    positional, keywords = arguments(call)
    if name in keywords:
        return keywords[name]
    plain = [p.name.value for p in (*function.node.params.posonly_params, *function.node.params.params)]
    if plain and plain[0] == "self" and isinstance(call.func, cst.Attribute):
        plain = plain[1:]
    index = plain.index(name) if name in plain else None
    return positional[index] if index is not None and index < len(positional) else None


def passed_source(sources: Any, name: str, function: Any, calls: list[tuple[cst.Call, Any]],
                  depth: int) -> Batches | None:
    """The batch source (`sources._batch_source`) every call of `function` passes as `name`,
    when they all pass one of the same batch size; else None."""
    if function.kind != "function" or not isinstance(function.node, cst.FunctionDef):
        return None
    found: list[Batches] = []
    for call, where in calls:
        if not _calls_it(call, where, function, sources.resolver):
            continue
        value = _argument(call, name, function)
        source = None if value is None else sources._batch_source(value, where, depth + 1)
        if source is None:
            return None  # a call passes something else: a list, a loader with drop_last
        found.append(source)
    if not found or len({source.size for source in found}) != 1:
        return None
    return found[0]
