"""Values from where a class is built: each `Model(...)` call in the file bound to the
class's `__init__` parameters the way Python binds it (positionals, keywords, `**dict`
literals), each argument worked out as far as the file allows (literals, module constants,
dict entries, `self.x = literal`). What a site passes that no literal reaches is UNKNOWN."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import libcst as cst

from lstmcheck.lint.resolve import Origin
from lstmcheck.lint.scopes import UNKNOWN, ObjectRef, Scope
from lstmcheck.lint.recurrent import assumed_origin


@dataclass(frozen=True)
class Site:
    """One place a class is built: its line and the parameter values it passes (by name, as
    (literal or UNKNOWN, where it comes from)); `values` None when the call cannot be bound."""

    line: int
    values: dict[str, tuple[Any, str]] | None


@dataclass(frozen=True)
class Built:
    """A class of the file, its `__init__` scope, and every place the file builds it.
    `elsewhere`: the class may also be built in ways no site shows (a subclass, a reference
    passed on), so the parameters' own defaults remain a configuration too."""

    cls: Scope
    init: Scope
    sites: tuple[Site, ...]
    elsewhere: bool


def init_parameters(init: Scope) -> tuple[list[str], list[str], bool, bool]:
    """(positional names after self, keyword-only names, has *args, has **kwargs)."""
    params: cst.Parameters = init.node.params  # type: ignore[union-attr]
    positional = [p.name.value for p in (*params.posonly_params, *params.params)][1:]
    keyword_only = [p.name.value for p in params.kwonly_params]
    return positional, keyword_only, isinstance(params.star_arg, cst.Param), params.star_kwarg is not None


def built_classes(module: cst.Module, scopes: list[Scope], calls: list, resolver: Any
                  ) -> list[Built]:
    """Every module-level class with its own `__init__`, and its sites in the file."""
    module_scope = scopes[0]
    inits: dict[str, tuple[Scope, Scope]] = {}
    for name, classes in module_scope.classes.items():
        bindings = module_scope.bindings.get(name, [])
        if len(classes) != 1 or len(bindings) != 1:
            continue
        cls = classes[0]
        init_bindings = cls.bindings.get("__init__", [])
        if len(init_bindings) != 1 or not isinstance(init_bindings[0].node, cst.FunctionDef):
            continue
        init = next((s for s in scopes if s.node is init_bindings[0].node), None)
        if init is not None and init.node.params.params:  # type: ignore[union-attr]
            inits[name] = (cls, init)
    if not inits:
        return []
    sites: dict[str, list[Site]] = {name: [] for name in inits}
    site_nodes: set[int] = set()
    for node, scope, _ in calls:
        if not isinstance(node.func, cst.Name) or node.func.value not in inits:
            continue
        found = resolver.lookup(node.func.value, scope)
        if found is None or found[0] is not module_scope:
            continue
        cls, init = inits[node.func.value]
        sites[node.func.value].append(_bind_site(node, scope, cls, init, resolver))
        site_nodes.add(id(node.func))
    if "references" not in resolver.memo:  # the same in every configuration
        resolver.memo["references"] = _references(module, set(inits), site_nodes)
    references = resolver.memo["references"]
    out = []
    for name, (cls, init) in inits.items():
        elsewhere = references.get(name, 0) > 0
        out.append(Built(cls, init, tuple(sites[name]), elsewhere))
    return out


def _bind_site(node: cst.Call, scope: Scope, cls: Scope, init: Scope, resolver: Any) -> Site:
    line = resolver.location(node).line
    positional, keyword_only, star_args, star_kwargs = init_parameters(init)
    given: dict[str, tuple[cst.BaseExpression, Scope]] = {}
    index = 0
    for arg in node.args:
        if arg.star == "*":
            return Site(line, None)
        if arg.star == "**":
            entries = _double_star(arg.value, scope, resolver)
            if entries is None:
                return Site(line, None)
            for key, entry in entries.items():
                if key in given or (key not in positional and key not in keyword_only and not star_kwargs):
                    return Site(line, None)
                given[key] = entry
        elif arg.keyword is not None:
            key = arg.keyword.value
            if key in given or (key not in positional and key not in keyword_only and not star_kwargs):
                return Site(line, None)
            given[key] = (arg.value, scope)
        else:
            if index >= len(positional):
                if not star_args:
                    return Site(line, None)
                index += 1
                continue
            given[positional[index]] = (arg.value, scope)
            index += 1
    values: dict[str, tuple[Any, str]] = {}
    for name, (value_node, value_scope) in given.items():
        if name not in positional and name not in keyword_only:
            continue
        ok, literal, origin = resolver._evaluate(value_node, value_scope, 0)
        built = resolver.object_of(value_node.value, value_scope) \
            if not ok and isinstance(value_node, cst.Name) else None
        if not ok and isinstance(value_node, (cst.Call, cst.Dict)):  # `Model(load_config())`
            built = (value_node, value_scope)
        if built is not None and isinstance(built[0], (cst.Call, cst.Dict)):
            values[name] = (ObjectRef(built[0], built[1]), "")
        elif ok:
            where = f"{name}={literal!r} where {cls.name}(...) is built at line {line}"
            # an assumed value stays one: `Model(args.dropout)` rests on argparse's default
            values[name] = (literal, Origin(f"{where}: {origin}" if assumed_origin(origin) else where,
                                            resolver.written_at(value_node, origin)))
        else:
            values[name] = (UNKNOWN, "")
    # What the site does not pass it builds with the default: a fact at this site, not an
    # assumption (None defaults are placeholders, left unknown).
    for name in positional + keyword_only:
        bindings = init.bindings.get(name, [])
        if name in values or len(bindings) != 1 or bindings[0].payload is None or init.parent is None:
            continue
        ok, literal, inner = resolver._evaluate(bindings[0].payload, init.parent, 0)
        if ok and literal is not None:
            values[name] = (literal, Origin(f"{name}={literal!r}, its default, where {cls.name}(...) "
                                            f"is built at line {line}",
                                            resolver.written_at(bindings[0].payload, inner)))
    return Site(line, values)


def _double_star(value: cst.BaseExpression, scope: Scope, resolver: Any
                 ) -> dict[str, tuple[cst.BaseExpression, Scope]] | None:
    if isinstance(value, cst.Name):
        found = resolver.dict_literal(value.value, scope)
        return None if found is None else found[0]
    return resolver._dict_entries(value, scope, 0)


class _References(cst.CSTVisitor):
    """Names of the classes outside their own body, other than the call sites."""

    def __init__(self, names: set[str], sites: set[int]) -> None:
        self.names = names
        self.sites = sites
        self.counts: dict[str, int] = {}
        self._inside: list[str] = []

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        for base in node.bases:  # a subclass builds its parent through super().__init__
            base.visit(self)
        self._inside.append(node.name.value)
        node.body.visit(self)
        self._inside.pop()
        return False

    def visit_Name(self, node: cst.Name) -> None:
        if node.value in self.names and id(node) not in self.sites and node.value not in self._inside:
            self.counts[node.value] = self.counts.get(node.value, 0) + 1


def _references(module: cst.Module, names: set[str], sites: set[int]) -> dict[str, int]:
    """How often each class is named other than where it is defined or called."""
    visitor = _References(names, sites)
    module.visit(visitor)
    return visitor.counts
