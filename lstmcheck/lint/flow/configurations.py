"""The configurations a class can take: each site's values, both values of a bool parameter
that decides a branch or a conditional expression, and each value of a small enum (a str
parameter the class compares with string literals: `rnn_type == "gru"`, `mode in ("bi",
"uni")`): the values sites pass and the literals compared. A class with several is several
models; each is checked, at most MAX_CONFIGURATIONS per class (beyond, the class is checked
once, as if no site were known)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product
from typing import Any

import libcst as cst

from lstmcheck.lint.resolve import Origin
from lstmcheck.lint.rule import HYPOTHETICAL
from lstmcheck.lint.scopes import UNKNOWN, Scope, literal_of
from lstmcheck.lint.flow.binding import Built, init_parameters
from lstmcheck.lint.flow.class_choices import keyed_parameters
from lstmcheck.lint.walk import walk

MAX_CONFIGURATIONS = 16
MAX_ENUM_VALUES = 4  # a str parameter compared with more literals is not taken as an enum
_AS_GIVEN = object()  # a steering parameter left as the site gives it


@dataclass(frozen=True)
class Configuration:
    """Parameter key ("bidirectional@Model.__init__:3") -> (value or UNKNOWN, origin), what it
    shows (name -> value, for "when ..."), and whether no site builds it."""

    values: dict[str, tuple[Any, str]]
    shown: tuple[tuple[str, Any], ...]
    hypothetical: bool

    def describe(self, names: set[str]) -> str | None:
        parts = [f"{name}={value!r}" for name, value in self.shown if name in names]
        return f"when {', '.join(parts)}" if parts else None


def configurations(built: Built, resolver: Any) -> list[Configuration] | None:
    """The class's configurations; None when it has one that is what the linter assumes
    anyway (no site, nothing steering) or too many to check. Enums that would take the class
    beyond the bound are left as the sites give them (bools and sites as before)."""
    found = _configurations(built, resolver, enums=True)
    if found is _TOO_MANY:
        found = _configurations(built, resolver, enums=False)
    return None if found is _TOO_MANY else found  # type: ignore[return-value]


_TOO_MANY = object()


def _configurations(built: Built, resolver: Any, enums: bool) -> Any:
    init = built.init
    positional, keyword_only, _, _ = init_parameters(init)
    names = positional + keyword_only
    bases: list[tuple[dict[str, tuple[Any, str]], bool]] = []  # (values, from a site)
    for site in built.sites:
        bases.append(({} if site.values is None else site.values, site.values is not None))
    if not built.sites or built.elsewhere or any(site.values is None for site in built.sites):
        bases.append(({}, False))
    steering = _steering(built, names, resolver)
    # a parameter that picks the layer class from a dict of classes: every class it holds is
    # a model the class can be, whatever a site passes (flow/class_choices.py)
    keyed = keyed_parameters(built.cls, built.init, names, resolver) if enums else {}
    for name, keys in keyed.items():
        if isinstance(steering.get(name, ("",))[0], str) and len(keys) <= MAX_ENUM_VALUES:
            steering[name] = tuple(dict.fromkeys((*steering.get(name, ()), *keys)))
    keyed = {name: keys for name, keys in keyed.items() if name in steering}
    if not enums:
        steering = {name: values for name, values in steering.items() if isinstance(values[0], bool)}
    if not built.sites and not steering:
        return None
    out: dict[tuple, Configuration] = {}
    for values, _from_site in bases:
        own = {name: _own_value(name, values, init, resolver) for name in steering}
        # an enum a site passes no known value for stays unknown: which layer a string names
        # is not guessed (a bool's two values are checked, as warnings)
        choices = {name: (values_ if isinstance(values_[0], bool) or isinstance(own[name], str)
                          or name in keyed else (_AS_GIVEN,))
                   for name, values_ in steering.items()}
        for combination in product(*choices.values()):
            chosen = {name: value for name, value in zip(choices, combination) if value is not _AS_GIVEN}
            # built when a site gives every steering value; a configuration that rests on
            # __init__'s defaults alone is one no site in the file builds (a warning): a
            # default is often a placeholder (proj_size=-1) that every real caller replaces
            hypothetical = not _from_site or any(own[name] is UNKNOWN or own[name] != value
                                                 for name, value in chosen.items())
            config = {f"{name}@{init.key}": value for name, value in values.items()}
            shown = []
            for name, value in values.items():
                if isinstance(value[0], (bool, int, float, str, type(None))):
                    shown.append((name, value[0]))
            for name, value in chosen.items():
                if own[name] == value and name in values:
                    continue
                origin = (Origin(f"{name} defaults to {value!r} in __init__()",
                                 _default_at(name, init, resolver)) if own[name] == value
                          else f"{name}={value!r}{HYPOTHETICAL}")
                config[f"{name}@{init.key}"] = (value, origin)
                shown = [(n, v) for n, v in shown if n != name] + [(name, value)]
            key = tuple(sorted((k, repr(v[0])) for k, v in config.items()))
            if hypothetical and _refused(init, config, resolver):
                continue  # `if not bidirectional: raise ValueError(...)`: no model to check
            if key not in out or (out[key].hypothetical and not hypothetical):
                out[key] = Configuration(config, tuple(shown), hypothetical)
    result = list(out.values())
    if len(result) > MAX_CONFIGURATIONS:
        return _TOO_MANY
    return result if len(result) > 1 or built.sites else None


def _refused(init: Scope, config: dict, resolver: Any) -> bool:
    """Whether `__init__` refuses the configuration before it builds anything: a statement of
    its body `if TEST: raise ...` whose test holds there, or an `assert TEST` that fails."""
    from lstmcheck.lint.flow.guards import decided

    body = init.node.body.body if isinstance(init.node.body, cst.IndentedBlock) else []
    saved = resolver.config
    resolver.config = {**saved, **config}
    try:
        for statement in body:
            if isinstance(statement, cst.If) and isinstance(statement.body, cst.IndentedBlock) \
                    and isinstance(statement.body.body[0], cst.SimpleStatementLine) \
                    and isinstance(statement.body.body[0].body[0], cst.Raise) \
                    and decided(statement.test, init, resolver) is True:
                return True
            if isinstance(statement, cst.SimpleStatementLine) and any(
                    isinstance(small, cst.Assert) and decided(small.test, init, resolver) is False
                    for small in statement.body):
                return True
    finally:
        resolver.config = saved
    return False


def _own_value(name: str, values: dict[str, tuple[Any, str]], init: Scope, resolver: Any) -> Any:
    """What the base configuration gives a parameter: the site's value, else its default."""
    if name in values:
        return values[name][0]
    bindings = init.bindings.get(name, [])
    if len(bindings) == 1 and bindings[0].kind == "param" and bindings[0].payload is not None \
            and init.parent is not None:
        ok, literal, _ = resolver._evaluate(bindings[0].payload, init.parent, 0)
        if ok:
            return literal
    return UNKNOWN


def _default_at(name: str, init: Scope, resolver: Any) -> Any:
    """Where a parameter's default literal is written."""
    bindings = init.bindings.get(name, [])
    if len(bindings) != 1 or bindings[0].kind != "param" or bindings[0].payload is None:
        return None
    return resolver.written_at(bindings[0].payload, None)


def _steering(built: Built, names: list[str], resolver: Any) -> dict[str, tuple]:
    """The parameters of `__init__` that steer the class, each with the values to check:
    bools (a bool default or a bool at a site) that an `if` or a conditional expression tests,
    and small enums (a str default or a str at a site) compared with string literals there,
    directly or as `self.x = x`."""
    bools, strings = set(), {}
    directions = _directions_options(built.cls.node)
    for name in names:
        own = _own_value(name, {}, built.init, resolver)
        given = [site.values[name][0] for site in built.sites if site.values and name in site.values]
        if isinstance(own, bool) or any(isinstance(value, bool) for value in given) \
                or (name in directions and own is UNKNOWN and all(v is UNKNOWN for v in given)):
            bools.add(name)
        elif isinstance(own, str) or any(isinstance(value, str) for value in given):
            strings[name] = [v for v in [own, *given] if isinstance(v, str)]
    if not bools and not strings:
        return {}
    aliases: dict[str, str] = {}  # self.X -> the parameter it holds
    for attr, assigned in built.cls.attribute_values.items():
        if len(assigned) == 1 and isinstance(assigned[0][0], cst.Name) \
                and assigned[0][1] is built.init and assigned[0][0].value in (bools | set(strings)):
            aliases[attr] = assigned[0][0].value
    finder = _Tests(built.init.node, bools | set(strings), aliases)
    walk(built.cls.node, finder)  # type: ignore[union-attr]
    # a bool handed to a layer's `bidirectional=` decides the width of everything after the
    # layer as much as an `if` would: the configuration nobody ran is checked too
    finder.found |= {aliases.get(name, name) for name in directions} & bools
    out: dict[str, tuple] = {}
    for name in names:
        if name in bools and name in finder.found:
            out[name] = (True, False)
        elif name in strings and finder.compared.get(name):
            enum = tuple(dict.fromkeys(strings[name] + finder.compared[name]))
            if len(enum) <= MAX_ENUM_VALUES:
                out[name] = enum
    return out


def _directions_options(cls: Any) -> set[str]:
    """The names handed to a call's `bidirectional=` keyword in the class (`bidirectional=bi`,
    `bidirectional=self.bi`: "bi"), whatever the call: torch takes only a bool there."""
    finder = _DirectionsOptions()
    walk(cls, finder)
    return finder.names


class _DirectionsOptions(cst.CSTVisitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_Arg(self, node: cst.Arg) -> None:
        if node.keyword is None or node.keyword.value != "bidirectional":
            return
        value = node.value
        if isinstance(value, cst.Name):
            self.names.add(value.value)
        elif isinstance(value, cst.Attribute) and isinstance(value.value, cst.Name) \
                and value.value.value == "self":
            self.names.add(value.attr.value)


class _Tests(cst.CSTVisitor):
    """The parameters that `if` tests and conditional expressions mention."""

    def __init__(self, init: Any, bools: set[str], aliases: dict[str, str]) -> None:
        self.init = init
        self.bools = bools
        self.aliases = aliases
        self.found: set[str] = set()
        self.compared: dict[str, list[str]] = {}  # parameter -> the string literals it meets
        self._function: list[Any] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._function.append(node)

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self._function.pop()

    def _test(self, test: cst.BaseExpression) -> None:
        in_init = bool(self._function) and self._function[-1] is self.init
        for node in _names_and_attributes(test):
            if isinstance(node, cst.Name) and in_init and node.value in self.bools:
                self.found.add(node.value)
            elif isinstance(node, cst.Attribute) and node.attr.value in self.aliases:
                self.found.add(self.aliases[node.attr.value])

    def _parameter(self, node: cst.BaseExpression) -> str | None:
        """The parameter a compared expression is: `kind`, `self.kind`, `kind.lower()`."""
        if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) \
                and node.func.attr.value in ("lower", "upper", "strip", "casefold"):
            node = node.func.value
        in_init = bool(self._function) and self._function[-1] is self.init
        if isinstance(node, cst.Name) and in_init and node.value in self.bools:
            return node.value
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) \
                and node.value.value == "self" and node.attr.value in self.aliases:
            return self.aliases[node.attr.value]
        return None

    def _comparisons(self, test: cst.BaseExpression) -> None:
        for node in _comparisons(test):
            name = self._parameter(node.left)
            if name is None or len(node.comparisons) != 1:
                continue
            target = node.comparisons[0]
            if isinstance(target.operator, (cst.Equal, cst.NotEqual)):
                literals = [target.comparator]
            elif isinstance(target.operator, (cst.In, cst.NotIn)) \
                    and isinstance(target.comparator, (cst.Tuple, cst.List, cst.Set)):
                literals = [e.value for e in target.comparator.elements]
            else:
                continue
            texts = [literal_of(v)[1] for v in literals if isinstance(v, cst.SimpleString)]
            if len(texts) == len(literals) and all(isinstance(t, str) for t in texts):
                self.compared.setdefault(name, []).extend(texts)

    def visit_If(self, node: cst.If) -> None:
        self._test(node.test)
        self._comparisons(node.test)

    def visit_IfExp(self, node: cst.IfExp) -> None:
        self._test(node.test)
        self._comparisons(node.test)


def _comparisons(node: cst.CSTNode) -> list[cst.Comparison]:
    """The comparisons a test is made of (`a == "x" or b`, `not (a in (...))`)."""
    if isinstance(node, cst.Comparison):
        return [node]
    if isinstance(node, (cst.BooleanOperation, cst.UnaryOperation)):
        return [c for child in node.children for c in _comparisons(child)]
    return []


def _names_and_attributes(node: cst.CSTNode) -> list[cst.CSTNode]:
    out: list[cst.CSTNode] = []
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self":
        return [node]
    if isinstance(node, cst.Name):
        return [node]
    for child in node.children:
        out.extend(_names_and_attributes(child))
    return out
