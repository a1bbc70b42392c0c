"""Values from where a class is built or a helper is called: each `Model(...)` call in the
file (and `cls(...)` in its classmethods) bound to the class's `__init__` parameters the way
Python binds it (positionals, keywords, `**dict` literals, extra keywords into `**kwargs`),
each argument worked out as far as the file allows (literals, module constants, dict entries,
`self.x = literal`); likewise each call of a module-level function or of a classmethod or
staticmethod (`rnn_factory(rnn_type, **kwargs)`, `Encoder.from_opt(opt)`). What a site passes
that no literal reaches is UNKNOWN."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import libcst as cst

from lstmcheck.lint.noted import name_uses
from lstmcheck.lint.objects import class_named
from lstmcheck.lint.resolve import KeywordsRef, Origin
from lstmcheck.lint.scopes import UNKNOWN, ObjectRef, Scope
from lstmcheck.lint.recurrent import assumed_origin
from lstmcheck.lint.walk import walk


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


@dataclass(frozen=True)
class Called:
    """A module-level function of the file, or a classmethod or staticmethod of one of its
    classes, and every place the file calls it. `elsewhere`: the function is also named
    where it is not called (passed on, stored), so calls no site shows may give other values."""

    function: Scope
    sites: tuple[Site, ...]
    elsewhere: bool


def init_parameters(init: Scope, skip_first: bool = True) -> tuple[list[str], list[str], bool, bool]:
    """(positional names after self, keyword-only names, has *args, has **kwargs)."""
    params: cst.Parameters = init.node.params  # type: ignore[union-attr]
    positional = [p.name.value for p in (*params.posonly_params, *params.params)][1 if skip_first else 0:]
    keyword_only = [p.name.value for p in params.kwonly_params]
    return positional, keyword_only, isinstance(params.star_arg, cst.Param), params.star_kwarg is not None


def built_classes(module: cst.Module, scopes: list[Scope], calls: list, resolver: Any,
                  per_call: dict | None = None) -> list[Built]:
    """Every module-level class with its own `__init__`, and its sites in the file. A site
    inside a function called with differing values is one site per call (`per_call`,
    lint/flow/call_sites.py)."""
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
        name = _class_built(node, scope, module_scope, resolver)
        if name is None and isinstance(node.func, cst.Attribute) \
                and isinstance(node.func.value, cst.Name) and node.func.value.value in inits \
                and _decorated(_function_called(node, scope, module_scope, resolver), "classmethod"):
            # `Model.from_opt(opt)` builds the class through `cls(...)`, a site of its own
            site_nodes.add(id(node.func.value))
        if name not in inits:
            continue
        cls, init = inits[name]
        sites[name].extend(_sites_per_call(node, scope, f"{cls.name}(...)", init, resolver, per_call))
        site_nodes.add(id(node.func))
    from lstmcheck.lint.flow.imported import received_sites

    for name, site in received_sites(resolver, inits):  # built in other checked files
        sites[name].append(site)
    references = dict(_references(module, scopes[0], resolver, site_nodes))
    for name, site in _subclass_sites(module_scope, scopes, inits, resolver):
        sites[name].append(site)  # `super().__init__(..., dropout_p=0.0)`: a site, not elsewhere
        references[name] = references.get(name, 0) - 1
    out = []
    for name, (cls, init) in inits.items():
        elsewhere = references.get(name, 0) > 0
        out.append(Built(cls, init, tuple(sites[name]), elsewhere))
    return out


def _subclass_sites(module_scope: Scope, scopes: list[Scope], inits: dict, resolver: Any
                    ) -> list[tuple[str, Site]]:
    """(base class, the site its subclass's `__init__` builds it at) for each module-level
    class whose one base is a class of `inits` and whose `__init__` calls
    `super().__init__(...)` once at its top level: what that call passes binds the base's
    parameters (a subclass's own parameter is UNKNOWN there), what it leaves out keeps its
    default. A call that cannot be bound is no site: the base stays built elsewhere."""
    from lstmcheck.lint.resolve import _calls_base_init, _top_level_calls

    out = []
    for name, classes in module_scope.classes.items():
        node = classes[0].node if len(classes) == 1 else None
        if not isinstance(node, cst.ClassDef) or len(node.bases) != 1 \
                or not isinstance(node.bases[0].value, cst.Name) or node.bases[0].value.value not in inits:
            continue
        base = node.bases[0].value.value
        own_init = classes[0].bindings.get("__init__", [])
        if len(own_init) != 1 or not isinstance(own_init[0].node, cst.FunctionDef):
            continue
        scope = next((s for s in scopes if s.node is own_init[0].node), None)
        calls = [c for c in _top_level_calls(own_init[0].node) if _calls_base_init(c, base, name)]
        if scope is None or len(calls) != 1 or not isinstance(calls[0].func.value, cst.Call):
            continue  # `Base.__init__(self, ...)` passes self first: not bound here
        site = _bind_site(calls[0], scope, f"{base}(...)", "is built", inits[base][1], resolver)
        if site.values is not None:
            out.append((base, site))
    return out


def _class_built(node: cst.Call, scope: Scope, module_scope: Scope, resolver: Any) -> str | None:
    """The name of the module-level class a call builds: `Model(...)`, or `cls(...)` in a
    classmethod of that class."""
    if not isinstance(node.func, cst.Name):
        return None
    if node.func.value == "cls":
        method = scope
        if method.kind != "function" or not _decorated(method.node, "classmethod") \
                or method.parent is None or method.parent.kind != "class" \
                or method.parent.parent is not module_scope or len(method.bindings.get("cls", [])) != 1:
            return None
        params = method.node.params.params  # type: ignore[union-attr]
        return method.parent.name if params and params[0].name.value == "cls" else None
    found = resolver.lookup(node.func.value, scope)
    if found is None or found[0] is not module_scope:
        return None
    return node.func.value


def _decorated(node: Any, name: str) -> bool:
    return isinstance(node, cst.FunctionDef) and any(
        isinstance(d.decorator, cst.Name) and d.decorator.value == name for d in node.decorators)


def called_functions(module: cst.Module, scopes: list[Scope], calls: list, resolver: Any
                     ) -> list[Called]:
    """Every module-level function, classmethod and staticmethod of the file with parameters,
    and the places the file calls it: `helper(...)`, `Model.from_opt(...)`."""
    module_scope = scopes[0]
    by_node = {id(s.node): s for s in scopes if s.kind == "function" and s.node is not None}
    functions: dict[int, tuple[Scope, bool]] = {}  # id(def) -> (its scope, skips `cls`)
    sites: dict[int, list[Site]] = {}
    site_nodes: set[int] = set()
    for node, scope, _ in calls:
        target = _function_called(node, scope, module_scope, resolver)
        if target is None or id(target) not in by_node:
            continue
        function = by_node[id(target)]
        skip_first = _decorated(target, "classmethod")
        if not init_parameters(function, skip_first)[0] and not function.node.params.kwonly_params \
                and function.node.params.star_kwarg is None:  # type: ignore[union-attr]
            continue
        functions[id(target)] = (function, skip_first)
        label = f"{_dotted_label(node.func)}(...)"
        sites.setdefault(id(target), []).append(
            _bind_site(node, scope, label, "is called", function, resolver, skip_first))
        site_nodes.add(id(node.func.attr) if isinstance(node.func, cst.Attribute) else id(node.func))
    if not functions:
        return []
    references = _references(module, module_scope, resolver, site_nodes)
    return [Called(function, tuple(sites[ident]), references.get(function.name, 0) > 0)
            for ident, (function, _) in functions.items()]


def _dotted_label(func: cst.BaseExpression) -> str:
    if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name):
        return f"{func.value.value}.{func.attr.value}"
    return func.value if isinstance(func, cst.Name) else "..."


def _function_called(node: cst.Call, scope: Scope, module_scope: Scope, resolver: Any) -> Any:
    """The FunctionDef a call runs: a module-level function by its name, or
    `Class.method(...)` of a classmethod or staticmethod of a module-level class."""
    if isinstance(node.func, cst.Name):
        found = resolver.lookup(node.func.value, scope)
        if found is None or found[0] is not module_scope or len(found[1]) != 1 \
                or not isinstance(found[1][0].node, cst.FunctionDef):
            return None
        return found[1][0].node
    if isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name):
        found = resolver.lookup(node.func.value.value, scope)
        classes = module_scope.classes.get(node.func.value.value, [])
        if found is None or found[0] is not module_scope or len(found[1]) != 1 or len(classes) != 1:
            return None
        bindings = classes[0].bindings.get(node.func.attr.value, [])
        if len(bindings) == 1 and (_decorated(bindings[0].node, "classmethod")
                                   or _decorated(bindings[0].node, "staticmethod")):
            return bindings[0].node
    return None


def _sites_per_call(node: cst.Call, scope: Scope, label: str, init: Scope, resolver: Any,
                    per_call: dict | None) -> list[Site]:
    from lstmcheck.lint.flow.call_sites import calls_around

    configs = calls_around(scope, per_call) if per_call else None
    if not configs:
        return _bind_sites(node, scope, label, "is built", init, resolver)
    saved = resolver.config
    out: list[Site] = []
    try:
        for _, _, config in configs:
            resolver.config = {**saved, **config}
            out.extend(_bind_sites(node, scope, label, "is built", init, resolver))
    finally:
        resolver.config = saved
    return out


def _bind_sites(node: cst.Call, scope: Scope, label: str, verb: str, init: Scope, resolver: Any
                ) -> list[Site]:
    """The site, or one site for each combination of loop values it is built with
    (lint/flow/loops.py): `for layers in [1, 2]: Model(layers)` builds two models."""
    arguments = [a.value for a in node.args if not a.star]
    names = {n for a in arguments for n in _loop_names(a)}
    if not names or all(resolver._evaluate(a, scope, 0)[0] for a in arguments):
        return [_bind_site(node, scope, label, verb, init, resolver)]
    from lstmcheck.lint.flow.loops import combinations

    root = scope.node if scope.node is not None else resolver.module
    found = combinations(node, arguments, root, scope, resolver)
    if not found:
        return [_bind_site(node, scope, label, verb, init, resolver)]
    return [_bind_site(node, scope, label, verb, init, resolver, combination=c) for c in found]


def _loop_names(node: cst.BaseExpression) -> set[str]:
    if isinstance(node, cst.Name):
        return {node.value}
    if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name):
        return {node.value.value}
    return set()


def _bind_site(node: cst.Call, scope: Scope, label: str, verb: str, init: Scope, resolver: Any,
               skip_first: bool = True, combination: Any = None) -> Site:
    line = resolver.location(node).line
    positional, keyword_only, star_args, star_kwargs = init_parameters(init, skip_first)
    given: dict[str, tuple[cst.BaseExpression, Scope]] = {}
    index = 0
    for arg in node.args:
        if arg.star == "*":
            return Site(line, None)
        if arg.star == "**":
            if _parsed_namespace(arg.value, scope, resolver):
                # `Model(**vars(args))`: each parameter may be an option, set on the command
                # line: passed, with a value the file does not fix (never its own default)
                for key in positional + keyword_only:
                    given.setdefault(key, (None, scope))
                continue
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
    extra = {name: entry for name, entry in given.items()
             if name not in positional and name not in keyword_only}
    if star_kwargs:  # `def __init__(self, dim, **kwargs)`: the keywords no parameter takes
        kwargs = init.node.params.star_kwarg.name.value  # type: ignore[union-attr]
        for value_node, _ in extra.values():
            resolver.pin(value_node, resolver.config)  # judged as this call passes it
        values[kwargs] = (KeywordsRef(node, scope, tuple(extra.items())), "")
    for name, (value_node, value_scope) in given.items():
        if name in extra:
            continue
        if value_node is None:  # from `**vars(args)`
            values[name] = (UNKNOWN, "")
            continue
        element = _combined(value_node, value_scope is scope, combination)
        if element is not None:
            site = resolver.location(node)
            values[name] = (element.value, Origin(
                f"{name}={element.value!r} where {label} {verb} at line {line}, in the loop at "
                f"line {combination.loop_line}", element.at, site=site, generated=site))
            continue
        ok, literal, origin = resolver._evaluate(value_node, value_scope, 0)
        built = resolver.object_of(value_node.value, value_scope) \
            if not ok and isinstance(value_node, cst.Name) else None
        if not ok and isinstance(value_node, (cst.Call, cst.Dict, cst.List, cst.Tuple, cst.Set)):
            built = (value_node, value_scope)  # `Model(load_config())`, `Model([1, 2, 7])`
        if not ok and isinstance(value_node, cst.Subscript) \
                and resolver._dict_entries(value_node, value_scope, 0) is not None:
            built = _nested_dict(value_node, value_scope, resolver)  # `Decoder(config["model"])`
        if not ok and (built is None or isinstance(built[0], (cst.Name, cst.Attribute))) \
                and isinstance(value_node, (cst.Name, cst.Attribute)):
            # `Model(Config)`, `Model(cfg.model)`: the class, or what built the member (lint/objects.py)
            built = resolver.built_object(value_node, value_scope, 0)
        if not ok and isinstance(value_node, (cst.Name, cst.Attribute)) \
                and (resolver.callee(value_node, value_scope) or "").startswith("torch.nn."):
            built = (value_node, value_scope)  # `make_rnn(nn.GRU, ...)`: a layer class passed on
        if built is not None and (isinstance(built[0], (cst.Call, cst.Dict, cst.List, cst.Tuple, cst.Set,
                                                        cst.Subscript))
                                  or (isinstance(built[0], cst.Name)
                                      and class_named(built[0].value, built[1]) is not None)
                                  or built[0] is value_node):
            values[name] = (ObjectRef(built[0], built[1]), "")
        elif ok:
            where = f"{name}={literal!r} where {label} {verb} at line {line}"
            # an assumed value stays one: `Model(args.dropout)` rests on argparse's default;
            # one a parse_args list sets says so
            told = assumed_origin(origin) or (origin is not None and "parse_args list" in origin)
            values[name] = (literal, Origin(f"{where}: {origin}" if told else where,
                                            resolver.written_at(value_node, origin),
                                            option=getattr(origin, "option", None),
                                            site=resolver.location(node) if verb == "is built" else None))
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
            values[name] = (literal, Origin(f"{name}={literal!r}, its default, where {label} "
                                            f"{verb} at line {line}",
                                            resolver.written_at(bindings[0].payload, inner),
                                            name, resolver.location(node)))
    return Site(line, values)


def _combined(node: cst.BaseExpression, here: bool, combination: Any) -> Any:
    """The loop value an argument written at the site has in a combination, else None."""
    if combination is None or not here:
        return None
    from lstmcheck.lint.flow.loops import value_of

    return value_of(node, combination.names)


def _parsed_namespace(value: cst.BaseExpression, scope: Scope, resolver: Any) -> bool:
    """`vars(args)` of the namespace `parse_args` makes (`args = parser.parse_args()`)."""
    return isinstance(value, cst.Call) and isinstance(value.func, cst.Name) \
        and value.func.value == "vars" and len(value.args) == 1 and not value.args[0].star \
        and resolver._parses_arguments(value.args[0].value, scope, 1)


def _double_star(value: cst.BaseExpression, scope: Scope, resolver: Any
                 ) -> dict[str, tuple[cst.BaseExpression, Scope]] | None:
    if isinstance(value, cst.Name):
        found = resolver.dict_literal(value.value, scope)
        return None if found is None else found[0]
    return resolver._dict_entries(value, scope, 0)


class _References(cst.CSTVisitor):
    """Where the module's classes and functions are named outside their own body (and
    their own `def` or `class` line): each use's node id."""

    def __init__(self, names: set[str]) -> None:
        self.names = names
        self.uses: dict[str, list[int]] = {}
        self._inside: list[str] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        for part in (*node.decorators, node.params, node.body):  # its own name is no reference
            walk(part, self)
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        for base in node.bases:  # a subclass builds its parent through super().__init__
            walk(base, self)
        self._inside.append(node.name.value)
        walk(node.body, self)
        self._inside.pop()
        return False

    def visit_Name(self, node: cst.Name) -> None:
        if node.value in self.names and node.value not in self._inside:
            self.uses.setdefault(node.value, []).append(id(node))


def _references(module: cst.Module, module_scope: Scope, resolver: Any, sites: set[int]
                ) -> dict[str, int]:
    """How often each class or function of the module is named other than where it is
    defined or called. One walk per file: the uses are the same in every configuration."""
    uses = resolver.memo.get("name uses")
    if uses is None:
        names = {name for name, bindings in module_scope.bindings.items()
                 if any(isinstance(b.node, (cst.ClassDef, cst.FunctionDef)) for b in bindings)}
        noted = name_uses(module)  # the Collector's walk noted every use (lint/noted.py)
        if noted is not None:
            uses = {name: noted[name] for name in names if name in noted}
        else:
            visitor = _References(names)
            walk(module, visitor)
            uses = visitor.uses
        resolver.memo["name uses"] = uses
    return {name: sum(1 for use in found if use not in sites) for name, found in uses.items()}


def _nested_dict(node: cst.BaseExpression, scope: Any, resolver: Any, depth: int = 0
                 ) -> tuple[cst.Dict, Any] | None:
    """The dict literal `config["model"]` (or `config["model"]["decoder"]`) is, where the
    outer dicts are literals the file writes (followed through names and sites): bound at the
    site, so the class sees the entries without the caller's own configuration."""
    if depth > 8:
        return None
    if isinstance(node, cst.Dict):
        return node, scope
    if isinstance(node, cst.Name):
        built = resolver.object_of(node.value, scope)
        return _nested_dict(built[0], built[1], resolver, depth + 1) if built is not None else None
    if not isinstance(node, cst.Subscript) or len(node.slice) != 1 \
            or not isinstance(node.slice[0].slice, cst.Index):
        return None
    ok, key, _ = resolver._evaluate(node.slice[0].slice.value, scope, 0)
    outer = _nested_dict(node.value, scope, resolver, depth + 1) if ok and isinstance(key, str) else None
    if outer is None:
        return None
    for element in outer[0].elements:
        if isinstance(element, cst.StarredDictElement):
            return None
        same, name, _ = resolver._evaluate(element.key, outer[1], 0)
        if same and name == key:
            return _nested_dict(element.value, outer[1], resolver, depth + 1)
    return None
