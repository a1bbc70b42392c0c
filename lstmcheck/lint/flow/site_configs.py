"""A class of the file built inside a class being walked in one configuration
(`self.feed_forward = FeedForward(2 * hidden if bidirectional else hidden)`): its site's values
are bound again in that configuration, so that its forward is walked with the sizes this
configuration passes, not the ones every site agrees on."""

from __future__ import annotations

from typing import Any

from lstmcheck.lint.flow.binding import built_classes


def sites_in_configuration(module: Any, scopes: list, calls: list, resolver: Any,
                           inside: frozenset[int]) -> dict[tuple[str, int], dict]:
    """(class, line of a site) -> the values the site passes in the resolver's configuration,
    for the sites in the scopes `inside`; a site a loop unrolls is left out."""
    within = [call for call in calls if id(call[1]) in inside]
    if not within:
        return {}
    out: dict[tuple[str, int], dict] = {}
    for built in built_classes(module, scopes, within, resolver):
        out.update(site_values_of(built))
    return out


def site_values_of(built: Any) -> dict[tuple[str, int], dict]:
    """(class, line of a site) -> the values the site passes, keyed by parameter; a site a loop
    unrolls into several builds no one configuration (lint/flow/loops.py) and is left out."""
    lines = [site.line for site in built.sites]
    return {(built.cls.name, site.line): {f"{name}@{built.init.key}": value
                                          for name, value in site.values.items()}
            for site in built.sites if site.values is not None and lines.count(site.line) == 1}


def scopes_inside(scopes: list, cls: Any) -> frozenset[int]:
    """The ids of the scopes within the class scope `cls` (itself included)."""
    def within(scope: Any) -> bool:
        while scope is not None:
            if scope is cls:
                return True
            scope = scope.parent
        return False
    return frozenset(id(s) for s in scopes if within(s))


def sites_of_instance(walker: Any, cls: Any) -> dict[tuple[str, int], dict]:
    """The sites inside the class of an instance being inlined, bound in the configuration
    its own site passes (the resolver's), remembered per configuration."""
    calls = walker.calls
    if not calls or cls is None:
        return {}
    key = (id(cls), repr(sorted(walker.resolver.config.items(), key=lambda item: item[0])))
    cache = walker.instance_sites
    if key not in cache:
        inside = scopes_inside(walker.scopes, cls)
        cache[key] = sites_in_configuration(walker.module, walker.scopes, calls, walker.resolver, inside)
    return cache[key]
