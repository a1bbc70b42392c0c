"""The libcst pass over one module: its text -> a record for each call of a torch recurrent
layer, and the feeds the flow pass finds between them.

Three stages: `lint/scopes.py` collects scopes, bindings and candidate calls in one walk;
`lint/resolve.py` answers what names mean; `lint/flow/` binds configurations and follows
tensors. This module ties them together and binds each call to its constructor's signature.
"""

from __future__ import annotations

import gc

import libcst as cst

from lstmcheck.lint.imports import constructor_for, dotted
from lstmcheck.lint.noted import noting
from lstmcheck.lint.resolve import Resolver
from lstmcheck.lint.scopes import UNKNOWN, Collector, ObjectRef, Scope, int_of, literal_of
from lstmcheck.lint.walk import walk
from lstmcheck.records import CallRecord, FileFacts, Value
from lstmcheck.signatures import bind

__all__ = ["UNKNOWN", "ObjectRef", "Scope", "extract", "int_of", "literal_of"]


def extract(source: str, path: str, wanted: frozenset[str] = frozenset(),
            received: tuple = (), whole: str | None = None) -> FileFacts:
    """Parse one file and return a record for every torch recurrent-layer call in it.

    The project stage (lint/project.py) may ask for the calls of `wanted` classes imported
    from other modules (`FileFacts.builds`), and hand over such calls of this file's classes
    (`received`, BuildSites) to be bound as sites of their own.
    Raises libcst.ParserSyntaxError for a file that is not valid Python. `whole`: the file's
    text when `source` is the part of it the analysis needs (lint/needed.py), the others
    blanked out; what is read from the text alone reads all of it.

    The cyclic garbage collector is paused meanwhile: a parse makes some 10^5 objects and
    the pass frees them by reference counting, yet each allocation burst set off collections
    that scanned them all again (a fifth of the time); cycles made here are collected once
    it is back on.
    """
    if not gc.isenabled():
        return _extract(source, path, wanted, received, whole)
    gc.disable()
    try:
        return _extract(source, path, wanted, received, whole)
    finally:
        gc.enable()


def _parse(source: str) -> cst.Module:
    """libcst's tree of the text. When CPython has accepted the very same text (the engine's
    guard handed its tree over), the tree is built without libcst checking each node as it is
    made (a sixth of the parse): a node of valid Python read from its own text passes them."""
    from lstmcheck.lint.positions import was_given

    checked = cst.CSTNode.__dict__.get("__post_init__")
    if checked is None or not was_given(source):
        return cst.parse_module(source)
    cst.CSTNode.__post_init__ = _unchecked  # type: ignore[method-assign]
    try:
        return cst.parse_module(source)
    finally:
        cst.CSTNode.__post_init__ = checked  # type: ignore[method-assign]


def _unchecked(self: cst.CSTNode) -> None:
    """A node's check left out while a text CPython accepted is parsed."""


def _extract(source: str, path: str, wanted: frozenset[str], received: tuple,
             whole: str | None = None) -> FileFacts:
    module = _parse(source)
    collector = Collector()
    walk(module, collector)
    with noting(collector.noted):  # what the walk noted answers the flow's rooms
        resolver = Resolver(module, source)
        resolver.scopes = collector.scopes
        resolver.file_path = path
        _star_imports(collector.scopes, path)
        resolver.positions.expect(collector.written)
        resolver.received = received
        builds = ()
        if wanted:
            from lstmcheck.lint.flow.imported import builds as imported_builds

            builds = imported_builds(collector.calls, resolver, wanted)
        resolved = []
        # calls whose layer a configuration may decide (`getattr(nn, rnn_type)(...)`, `rnn = nn.GRU`
        # in a branch on a parameter): resolved again in each configuration of their class
        varying = []
        for node, scope, target in collector.calls:
            qualified = resolver.callee(node.func, scope)
            ctor = constructor_for(qualified)
            if ctor is not None:
                resolved.append((node, scope, target, qualified, ctor))
            elif qualified is None and _may_name_a_layer(node.func):
                varying.append((node, scope, target))
        if not resolved and not varying:
            return FileFacts(builds=builds)
        records = {item[0]: _record(item, resolver, path) for item in resolved}
        from lstmcheck.lint.flow.configured import configured_facts

        calls, feeds = configured_facts(module, collector, resolver, path, resolved, records, varying)
        if not calls:
            return FileFacts(builds=builds)
        from lstmcheck.lint.rules.dead_dropout import one_layer_resets
        from lstmcheck.lint.ties import compared_names
        from lstmcheck.lint.written_configs import one_layer_blocks

        text = source if whole is None else whole
        return FileFacts(calls=calls, feeds=feeds,
                         defaults=_defaults(_named_sizes(calls, feeds), collector.scopes, resolver),
                         builds=builds, compared=compared_names(text) + one_layer_resets(text),
                         written_configs=one_layer_blocks(text))


def _star_imports(scopes: list, path: str) -> None:
    """The torch names `from utils import *` brings in when utils.py is the project's own."""
    module = next((scope for scope in scopes if scope.kind == "module"), None)
    local = [star for star in module.stars if not star.startswith("torch")] if module else []
    if local:
        from lstmcheck.lint.star_imports import star_torch_names

        module.star_torch = star_torch_names(path, local)


def _may_name_a_layer(func: cst.BaseExpression) -> bool:
    """A called expression the configuration may decide: `getattr(...)`, a local name, a
    `self.` attribute, a subscript or a conditional expression."""
    if isinstance(func, cst.Call):
        return dotted(func.func) == "getattr"
    if isinstance(func, cst.Attribute):
        return isinstance(func.value, cst.Name) and func.value.value == "self"
    return isinstance(func, (cst.Name, cst.Subscript, cst.IfExp))


def _record(item: tuple, resolver: Resolver, path: str) -> CallRecord:
    """The call bound to its constructor's signature, each argument as far as known in the
    resolver's configuration; `**params` of a dict literal gives its entries as keywords."""
    node, scope, target, qualified, ctor = item
    positional: list[Value] = []
    keywords: list[tuple[str, Value]] = []
    star_args = star_kwargs = False
    for arg in node.args:
        if arg.star == "*":
            star_args = True
        elif arg.star == "**":
            entries = None
            if isinstance(arg.value, cst.Name):
                found = resolver.dict_literal(arg.value.value, scope)
                entries = None if found is None else found[0]
            elif isinstance(arg.value, cst.Dict):
                entries = resolver._dict_entries(arg.value, scope, 0)
            if entries is None:
                star_kwargs = True
                continue
            for key, (value_node, value_scope) in entries.items():
                # the entry is where its keyword is written (`"dropout": 0.5` in the dict, or
                # `dropout=dropout` in the call that forwards it into `**kwargs`): the place
                # to change it, and no edit of the call's text can touch it
                keywords.append((key, resolver.value(value_node, value_scope)))
        elif arg.keyword is not None:
            keywords.append((arg.keyword.value, resolver.value(arg.value, scope, arg)))
        elif not star_args:
            positional.append(resolver.value(arg.value, scope, arg))
    call = bind(ctor, positional, keywords, star_args=star_args, star_kwargs=star_kwargs)
    return CallRecord(
        path=path,
        constructor=ctor.name,
        call=call,
        location=resolver.location(node),
        text=resolver.text(node),
        qualified_name=qualified or "",
        target=target,
        owner=_enclosing_class(scope),
    )


def _named_sizes(calls: tuple[CallRecord, ...], feeds: tuple) -> set[str]:
    """Every named size the records and feeds mention."""
    sizes = [v.size for c in calls for v in c.call.arguments.values()]
    for feed in feeds:
        sizes.append(feed.in_features)
        for tensor in (feed.input, *feed.states):
            if tensor is not None:
                sizes.extend((tensor.last, *(tensor.dims or ())))
    return {key for size in sizes if size is not None for monomial, _ in size.terms for key in monomial}


def _defaults(keys: set[str], scopes: list[Scope], resolver: Resolver) -> tuple[tuple[str, int, str], ...]:
    """Named sizes that are parameters with an int default, as (key, default, "hidden_size
    defaults to 32 in __init__()"): what --verify may build with, since they are literals."""
    by_key = {scope.key: scope for scope in scopes}
    out = []
    for key in sorted(keys):
        name, _, where = key.partition("@")
        scope = by_key.get(where)
        bindings = scope.bindings.get(name, []) if scope is not None else []
        if len(bindings) != 1 or bindings[0].kind != "param":
            continue
        known, literal, origin = resolver._name(name, scope, 0)
        if known and isinstance(literal, int) and not isinstance(literal, bool) and origin:
            out.append((key, literal, origin))
    return tuple(out)


def _enclosing_class(scope: Scope | None) -> str | None:
    while scope is not None:
        if scope.kind == "class":
            return scope.name
        scope = scope.parent
    return None
