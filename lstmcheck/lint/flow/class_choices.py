"""A constructor parameter that picks the layer class from a dict of classes:
`RNNS = {"lstm": nn.LSTM, "gru": nn.GRU}` then `RNNS[rnn_type](...)`, `self.supported_rnns[
rnn_type.lower()]`, `cell = CELLS[self.cell_type]`. Each key is a model the class can be, so
each is a configuration (flow/configurations.py checks them; one no site builds is a warning
naming the key). The keys are the dict literal's; every value must name a torch layer.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.class_dicts import table_entries
from lstmcheck.lint.imports import constructor_for
from lstmcheck.lint.scopes import Scope
from lstmcheck.lint.walk import walk

_CASES = ("lower", "upper", "strip", "casefold")
_MAX_BASES = 3


def keyed_parameters(cls: Scope, init: Scope, names: list[str], resolver: Any, depth: int = 0
                     ) -> dict[str, tuple[str, ...]]:
    """Parameter of `__init__` -> the keys of the dict of layer classes it indexes (directly,
    case-folded, or kept as `self.X = name`), or passes as such a parameter of its one base
    class of the file (`super().__init__(..., rnn_type=rnn_type)`)."""
    found = _own_keyed(cls, init, names, resolver)
    inherited = _passed_to_base(cls, init, names, resolver, depth) if depth < _MAX_BASES else {}
    for name, keys in inherited.items():
        if found.get(name, keys) == keys:
            found[name] = keys
    return found


def _passed_to_base(cls: Scope, init: Scope, names: list[str], resolver: Any, depth: int
                    ) -> dict[str, tuple[str, ...]]:
    """The parameters the class hands, as they are, to a keyed parameter of its base."""
    from lstmcheck.lint.flow.binding import init_parameters
    from lstmcheck.lint.resolve import _calls_base_init, _top_level_calls

    node = cls.node
    if not isinstance(node, cst.ClassDef) or len(node.bases) != 1 \
            or not isinstance(node.bases[0].value, cst.Name):
        return {}
    base_name = node.bases[0].value.value
    classes = _module(cls).classes.get(base_name, [])
    base_init = resolver._init_scope(classes[0]) if len(classes) == 1 else None
    if base_init is None:
        return {}
    calls = [c for c in _top_level_calls(init.node) if _calls_base_init(c, base_name, cls.name)]
    if len(calls) != 1:
        return {}
    positional, keyword_only, _, _ = init_parameters(base_init)
    base_keyed = keyed_parameters(classes[0], base_init, positional + keyword_only, resolver, depth + 1)
    args = list(calls[0].args)
    if isinstance(calls[0].func.value, cst.Name):  # `Base.__init__(self, ...)`
        args = args[1:]
    out: dict[str, tuple[str, ...]] = {}
    for index, arg in enumerate(args):
        if arg.star:
            break
        target = arg.keyword.value if arg.keyword is not None else \
            positional[index] if index < len(positional) else None
        if target in base_keyed and isinstance(arg.value, cst.Name) and arg.value.value in names:
            out[arg.value.value] = base_keyed[target]
    return out


def _own_keyed(cls: Scope, init: Scope, names: list[str], resolver: Any) -> dict[str, tuple[str, ...]]:
    aliases: dict[str, str] = {}  # self.X -> the parameter it holds
    for attr, assigned in cls.attribute_values.items():
        if len(assigned) == 1 and isinstance(assigned[0][0], cst.Name) \
                and assigned[0][1] is init and assigned[0][0].value in names:
            aliases[attr] = assigned[0][0].value
    finder = _Subscripts(init.node, set(names), aliases)
    walk(cls.node, finder)  # type: ignore[arg-type]
    out: dict[str, tuple[str, ...]] = {}
    refused: set[str] = set()
    for name, container in finder.found:
        keys = _layer_keys(container, init, resolver)
        if keys is None or out.get(name, keys) != keys:
            refused.add(name)  # indexes something else too: which layer it picks is not known
        else:
            out[name] = keys
    return {name: keys for name, keys in out.items() if name not in refused}


def _layer_keys(container: cst.BaseExpression, init: Scope, resolver: Any) -> tuple[str, ...] | None:
    """The string keys of the dict of classes `container` names (lint/class_dicts.py), when
    every value it holds is a torch recurrent layer class; else None."""
    table = table_entries(resolver, container, init)
    if table is None or not table[0]:
        return None
    for _, value in table[0]:
        if constructor_for(resolver.callee(value, table[1])) is None:
            return None
    return tuple(dict.fromkeys(key for key, _ in table[0]))


def _module(scope: Scope) -> Scope:
    while scope.parent is not None:
        scope = scope.parent
    return scope


class _Subscripts(cst.CSTVisitor):
    """`D[p]`, `D[p.lower()]`, `D[self.p]` of a class: (parameter, the container)."""

    def __init__(self, init: Any, names: set[str], aliases: dict[str, str]) -> None:
        self.init = init
        self.names = names
        self.aliases = aliases
        self.found: list[tuple[str, cst.BaseExpression]] = []
        self._function: list[Any] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._function.append(node)

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self._function.pop()

    def visit_Subscript(self, node: cst.Subscript) -> None:
        if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
            return
        key = node.slice[0].slice.value
        if isinstance(key, cst.Call) and not key.args and isinstance(key.func, cst.Attribute) \
                and key.func.attr.value in _CASES:
            key = key.func.value
        in_init = bool(self._function) and self._function[-1] is self.init
        if isinstance(key, cst.Name) and in_init and key.value in self.names:
            self.found.append((key.value, node.value))
        elif isinstance(key, cst.Attribute) and isinstance(key.value, cst.Name) \
                and key.value.value == "self" and key.attr.value in self.aliases:
            self.found.append((self.aliases[key.attr.value], node.value))
