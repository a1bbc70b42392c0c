"""Classes built in another file: both ends of the project stage that work on a parsed file.

In the building file, `builds` finds each call of a class imported from another module
(`from .model import Encoder`, `from pkg.model import Encoder`, `import pkg.model as m;
m.Encoder(...)`), resolved through the one import that binds the name, never by the name
alone, with its arguments as far as that file's literals reach. In the defining file,
`received_sites` binds the calls handed over to the class's `__init__`, as sites of the
class like its own: a finding that holds only there names the building file and line.
"""

from __future__ import annotations

from typing import Any, Iterable

import libcst as cst

from lstmcheck.lint.imports import dotted
from lstmcheck.lint.recurrent import assumed_origin
from lstmcheck.lint.resolve import Origin
from lstmcheck.lint.flow.guards import plain
from lstmcheck.lint.scopes import UNKNOWN
from lstmcheck.records import Argument, BuildSite

# Values that mean the same in any file: what a call in one file may hand to another.


def builds(calls: Iterable[tuple], resolver: Any, wanted: frozenset[str]) -> tuple[BuildSite, ...]:
    """The calls of `wanted` classes that an import brings in from another module."""
    out = []
    for node, scope, _ in calls:
        name = dotted(node.func)
        imported = None if name is None else _imported(name, scope, resolver)
        if imported is None or imported[2] not in wanted:
            continue
        out.append(_site(node, scope, resolver, *imported))
    return tuple(out)


def _imported(name: str, scope: Any, resolver: Any) -> tuple[int, tuple[str, ...], str] | None:
    """(leading dots, module parts, name in that module) of what a dotted callee names,
    when one import statement alone binds its first name (`Enc` of `from .model import
    Encoder as Enc`: (1, ("model",), "Encoder"))."""
    first, _, rest = name.partition(".")
    found = resolver.lookup(first, scope)
    if found is None:
        return None
    _, bindings = found
    if len(bindings) != 1 or bindings[0].kind != "import":
        return None
    statement = bindings[0].node
    after = rest.split(".") if rest else []
    if isinstance(statement, cst.Import):
        full = [*str(bindings[0].payload).split("."), *after]
        level = 0
    elif isinstance(statement, cst.ImportFrom) and not isinstance(statement.names, cst.ImportStar):
        names = [dotted(alias.name) for alias in statement.names
                 if _local(alias) == first]
        if len(names) != 1 or not names[0]:
            return None
        base = (dotted(statement.module) or "").split(".") if statement.module is not None else []
        full = [*base, *names[0].split("."), *after]
        level = len(statement.relative)
    else:
        return None
    if len(full) < 2 or not all(part.isidentifier() for part in full):
        return None
    return level, tuple(full[:-1]), full[-1]


def _local(alias: cst.ImportAlias) -> str | None:
    if alias.asname is None:
        return dotted(alias.name)
    target = alias.asname.name
    return target.value if isinstance(target, cst.Name) else None


def _site(node: cst.Call, scope: Any, resolver: Any, level: int, module: tuple[str, ...],
          name: str) -> BuildSite:
    positional: list[Argument] = []
    keywords: list[tuple[str, Argument]] = []
    complete = True
    for arg in node.args:
        if arg.star == "*":
            complete = False
            break
        if arg.star == "**":
            entries = _entries(arg.value, scope, resolver)
            if entries is None:
                complete = False
                break
            keywords.extend((key, _argument(value, where, resolver))
                            for key, (value, where) in entries.items())
        elif arg.keyword is not None:
            keywords.append((arg.keyword.value, _argument(arg.value, scope, resolver)))
        else:
            positional.append(_argument(arg.value, scope, resolver))
    where = resolver.location(node)
    return BuildSite(level, module, name, where.line, tuple(positional), tuple(keywords),
                     complete, location=where)


def _entries(value: cst.BaseExpression, scope: Any, resolver: Any) -> dict | None:
    """A `**` argument's entries when it is a dict literal the file does not change."""
    if isinstance(value, cst.Name):
        found = resolver.dict_literal(value.value, scope)
        return None if found is None else found[0]
    return resolver._dict_entries(value, scope, 0)


def _argument(node: cst.BaseExpression, scope: Any, resolver: Any) -> Argument:
    ok, literal, origin = resolver._evaluate(node, scope, 0)
    if not ok or not plain(literal):
        return Argument(False)
    return Argument(True, literal, str(origin) if origin else None)


# the defining file ---------------------------------------------------------------------------

def received_sites(resolver: Any, inits: dict[str, tuple[Any, Any]]) -> list[tuple[str, Any]]:
    """(class name, Site) for each call handed over that builds one of `inits`' classes and
    binds to its `__init__` as Python would bind it; a call that would not bind (a TypeError
    at run time) or whose arguments cannot all be told is left out. A call that steers
    `__init__` past one of its layers is a configuration like a local one: the guards of
    configured.py keep each layer to the configurations that build it."""
    from lstmcheck.lint.flow.binding import Site, init_parameters  # binding calls this

    out = []
    for index, site in enumerate(getattr(resolver, "received", ())):
        if site.name not in inits or not site.complete:
            continue
        cls, init = inits[site.name]
        label = f"{cls.name}(...)"
        values = _bound(site, init_parameters(init), init, resolver, label)
        if values is not None:
            out.append((site.name, Site(-(index + 1), values)))  # no line of this file
    return out


def _bound(site: BuildSite, parameters: tuple, init: Any, resolver: Any, label: str
           ) -> dict[str, tuple[Any, str]] | None:
    positional, keyword_only, star_args, star_kwargs = parameters
    given: dict[str, Argument] = {}
    for index, argument in enumerate(site.positional):
        if index >= len(positional):
            if not star_args:
                return None
            continue
        given[positional[index]] = argument
    for key, argument in site.keywords:
        if key in given:
            return None
        if key not in positional and key not in keyword_only:
            if not star_kwargs:
                return None
            continue
        given[key] = argument
    where = f"{label} is built at {site.path}:{site.line}"
    values: dict[str, tuple[Any, str]] = {}
    if star_kwargs:  # what it forwards through **kwargs is not followed
        values[init.node.params.star_kwarg.name.value] = (UNKNOWN, "")
    for name, argument in given.items():
        if not argument.known:
            values[name] = (UNKNOWN, "")
            continue
        text = f"{name}={argument.value!r} where {where}"
        if assumed_origin(argument.origin):  # `Encoder(hidden)` rests on `hidden`'s default
            text += f": {argument.origin} in {site.path}"
        values[name] = (argument.value, Origin(text))
    for name in positional + keyword_only:  # what the call does not pass is the default
        bindings = init.bindings.get(name, [])
        if name in values or len(bindings) != 1 or bindings[0].payload is None \
                or init.parent is None:
            continue
        ok, literal, inner = resolver._evaluate(bindings[0].payload, init.parent, 0)
        if ok and literal is not None:
            values[name] = (literal, Origin(f"{name}={literal!r}, its default, where {where}",
                                            resolver.written_at(bindings[0].payload, inner)))
    return values



def builds_of(text: str, wanted: frozenset[str]) -> tuple[BuildSite, ...]:
    """The calls of `wanted` imported classes in a file the linter has no other reason to
    parse (it names no layer): one parse, the scopes, and no flow."""
    from lstmcheck.lint.resolve import Resolver
    from lstmcheck.lint.scopes import Collector
    from lstmcheck.lint.walk import walk

    module = cst.parse_module(text)
    collector = Collector()
    walk(module, collector)
    resolver = Resolver(module, text)
    resolver.scopes = collector.scopes
    return builds(collector.calls, resolver, wanted)
