"""The stage that checks each configured class once per configuration and joins the results.

A class built at sites in the file, or steered by a bool parameter, is walked once for each
of its configurations (the resolver answers with that configuration's values). A record or a
feed that comes out the same in every configuration is kept once, as it is; one that differs
says in `when` which configuration it holds in, and is `hypothetical` when no site builds any
configuration it holds in.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import libcst as cst

from lstmcheck.lint.extract import _may_name_a_layer
from lstmcheck.lint.recurrent import assumed_origin
from lstmcheck.lint.resolve import Origin
from lstmcheck.lint.scopes import UNKNOWN, ObjectRef
from lstmcheck.lint.imports import constructor_for
from lstmcheck.lint.flow.binding import Built, Called, built_classes, called_functions
from lstmcheck.lint.flow.configurations import Configuration, configurations
from lstmcheck.lint.flow.guards import decided
from lstmcheck.lint.flow.values import SIZE, judged
from lstmcheck.lint.flow.walker import FlowWalker
from lstmcheck.lint.flow.site_configs import scopes_inside, site_values_of, sites_in_configuration
from lstmcheck.records import CallRecord, Feed


def configured_facts(module: cst.Module, collector: Any, resolver: Any, path: str,
                     resolved: list, records: dict[cst.Call, CallRecord], varying_calls: list = ()
                     ) -> tuple[tuple[CallRecord, ...], tuple[Feed, ...]]:
    from lstmcheck.lint.extract import _record

    scopes = collector.scopes
    classes = []
    site_values: dict[tuple[str, int], dict] = {}  # (class, line of a site) -> its values
    built_list, bound, per_call = _built_with_chained_values(module, scopes, collector.calls, resolver)
    for built in built_list:
        site_values.update(site_values_of(built))
        configs = configurations(built, resolver)
        if configs:
            inside = scopes_inside(scopes, built.cls)
            classes.append((built, configs, inside))
    skipped = frozenset().union(*(inside for _, _, inside in classes))
    by_node = {item[0]: item for item in resolved}

    def resolved_again(node: cst.Call, scope: Any, target: str | None) -> tuple | None:
        """The call as an item (node, scope, target, qualified name, constructor) with its
        callee resolved in the resolver's configuration; None when it names no layer there."""
        qualified = resolver.callee(node.func, scope)
        ctor = constructor_for(qualified)
        return None if ctor is None else (node, scope, target, qualified, ctor)

    # id of a call -> (the configuration, the item, the record) its class's walk was given: a
    # record asked for again in that very configuration is that one (the same inputs)
    given: dict[int, tuple[dict, tuple, CallRecord]] = {}

    def rebuild(node: cst.Call) -> CallRecord | None:
        """The call's record in the resolver's configuration, its constructor resolved again
        (`cls = nn.LSTM if use_lstm else nn.GRU; cls(...)` names another layer in each)."""
        if node not in by_node:
            return None
        item = by_node[node]
        again = resolved_again(*item[:3]) or item
        known = given.get(id(node))
        if known is not None and known[0] is resolver.config and _same_item(known[1], again):
            return known[2]
        return _record(again, resolver, path)

    # id of a configured class's call -> the `if` tests around it (the Collector's), and which way
    guards = {id(node): tests for scope in scopes if any(id(scope) in inside for *_, inside in classes)
              for node, tests in scope.guarded_calls}

    def configured_items(items: list, candidates: list) -> list:
        """The class's recurrent calls in the resolver's configuration: a call whose layer a
        configuration may decide (`getattr(nn, kind)`, `rnn = nn.GRU` in a branch) is resolved
        again in it, and left out where it names no layer (a site passes an unknown kind); a
        call under an `if` the configuration decides against is left out (`if elayers > 0:`
        with elayers=0 builds no layer to judge)."""
        out = [item for item in items if not _may_name_a_layer(item[0].func)]
        for node, scope, target, *_ in candidates + [i for i in items if i not in out]:
            again = resolved_again(node, scope, target)
            if again is not None:
                out.append(again)
        return [item for item in out if not any(
            decided(test, item[1], resolver) is (not taken) for test, taken in guards.get(id(item[0]), ()))]

    # a function every call of the file passes the same values is checked with them
    resolver.config = bound
    try:
        calls: dict[Any, CallRecord] = {node: record for node, record in records.items()}
        if bound:
            owners = {key.partition("@")[2] for key in bound}
            within = frozenset(id(s) for s in scopes if _inside_any(s, owners))
            items = [item for item in resolved if id(item[1]) in within and id(item[1]) not in skipped]
            candidates = [item for item in varying_calls
                          if id(item[1]) in within and id(item[1]) not in skipped]
            for item in configured_items(items, candidates):
                calls[item[0]] = records[item[0]] = _record(item, resolver, path)
        base = FlowWalker(module, scopes, resolver, path, records, site_values, rebuild)
        base.calls = collector.calls  # flow/site_configs.py: an instance's sites in its configuration
        base_feeds = base.run(skip=skipped)
    finally:
        resolver.config = {}
    inlined = list(base.inlined)
    feeds = list(base_feeds)
    for built, configs, inside in classes:
        items = [item for item in resolved if id(item[1]) in inside]
        candidates = [item for item in varying_calls if id(item[1]) in inside]
        runs = []
        met_inlined: list[tuple[Configuration, list]] = []
        try:
            for config in configs:
                resolver.config = {**bound, **config.values}
                own = {}
                for item in configured_items(items, candidates):
                    own[item[0]] = _record(item, resolver, path)
                    given[id(item[0])] = (resolver.config, item, own[item[0]])
                here = sites_in_configuration(module, scopes, collector.calls, resolver, inside)
                walker = FlowWalker(module, scopes, resolver, path, {**records, **own},
                                    {**site_values, **here}, rebuild)  # flow/site_configs.py
                walker.calls = collector.calls
                runs.append((config, own, walker.run(only=inside)))
                met_inlined.append((config, list(walker.inlined)))
        finally:
            resolver.config = {}
        varying = _varying(configs)
        inlined.extend(_in_configuration(met_inlined, varying))
        nodes = {node: None for _, r, _ in runs for node in r}
        for item in items:
            if item[0] not in nodes:  # no configuration names a layer there
                calls.pop(item[0], None)
        for node in nodes:
            # One record per call (the rules find a feed's layer by its location): the one a
            # configuration that a site builds gives, when they differ.
            variants = _joined([(c, [r[node]] if node in r else []) for c, r, _ in runs], varying)
            built = [v for v in variants if not v.hypothetical]
            calls[node] = next((v for v in built if _refused_values(v)), (built or variants)[0])
        feeds.extend(_joined([(c, list(f)) for c, _, f in runs], varying))
    for node, record in unrolled_calls(module, resolved, skipped, resolver, path, bound).items():
        calls[node] = record
    if per_call:  # a layer built in a function the file calls with differing values
        from lstmcheck.lint.flow.call_sites import per_call_records

        calls.update(per_call_records(resolved, skipped, per_call, resolver, path, bound, _refused_values))
    for node in _dead_calls(scopes, skipped, calls, resolver, bound):
        calls.pop(node, None)
    joined = _with_inlined(feeds, inlined)
    # Configurations no site builds first: where several feeds share a place, what looks a
    # feed up by its place alone (--verify today) meets the one a site builds.
    return tuple(calls.values()), tuple(sorted(joined, key=lambda feed: not feed.hypothetical))


def _same_item(one: tuple, other: tuple) -> bool:
    """Whether two resolved calls (node, scope, target, qualified name, constructor) are the
    same call resolved alike."""
    return one[0] is other[0] and one[1] is other[1] and one[2] == other[2] \
        and one[3] == other[3] and (one[4] is other[4] or one[4] == other[4])


def unrolled_calls(module: cst.Module, resolved: list, skipped: frozenset, resolver: Any,
                   path: str, bound: dict) -> dict[Any, CallRecord]:
    """A layer built inside `for` loops over lists the file writes (`for layers in [1, 2]:
    nn.LSTM(8, 16, layers, dropout=0.5)`): its record in a combination whose values torch
    refuses or warns about, saying which (`when num_layers=1`); the calls where every
    combination is fine keep the record they have."""
    from lstmcheck.lint.extract import _record
    from lstmcheck.lint.flow.loops import combinations

    out: dict[Any, CallRecord] = {}
    for item in resolved:
        node, scope = item[0], item[1]
        if id(scope) in skipped or _refused_values(_record(item, resolver, path)):
            continue  # what fails in every combination is judged as the call is written
        arguments = [a.value for a in node.args if not a.star and isinstance(a.value, cst.Name)]
        if not arguments or all(resolver._evaluate(a, scope, 0)[0] for a in arguments):
            continue
        root = scope.node if scope.node is not None else module
        found = combinations(node, arguments, root, scope, resolver)
        if not found:
            continue
        try:
            for combination in found:
                site = resolver.location(node)
                resolver.config = {**bound, **{
                    f"{name}@{scope.key}": (element.value, Origin(
                        f"{name}={element.value!r} in the loop at line {combination.loop_line}",
                        element.at, generated=site))
                    for name, element in combination.names.items()}}
                record = _record(item, resolver, path)
                if _refused_values(record):
                    shown = ", ".join(f"{name}={element.value!r}"
                                      for name, element in combination.names.items()
                                      if any(name == a.value for a in arguments))
                    out[node] = replace(record, when=f"when {shown}")
                    break
        finally:
            resolver.config = {}
    return out


def _dead_calls(scopes: list, skipped: frozenset, calls: dict, resolver: Any, bound: dict) -> list:
    """Layers outside the configured classes built under an `if` the file decides against
    (`USE_BIDIR = False` ... `if USE_BIDIR and args.bi:`): no run builds them, so none is
    judged, as in a configuration that decides against its test."""
    out = []
    try:
        resolver.config = dict(bound)
        for scope in scopes:
            if id(scope) in skipped:
                continue
            for node, tests in scope.guarded_calls:
                if node in calls and any(decided(test, scope, resolver) is (not taken)
                                         for test, taken in tests):
                    out.append(node)
    finally:
        resolver.config = {}
    return out


def _refused_values(record: CallRecord) -> bool:
    """Whether torch refuses or warns about the values a configuration builds a layer with:
    of the configurations sites build, such a one is the call's record, so that the rules
    judge the configuration that fails (a loop's `num_layers=1, dropout=0.5`) and say so."""
    from lstmcheck.signatures import CONSTRUCTORS
    from lstmcheck.validate import check_values

    return record.constructor in CONSTRUCTORS and bool(
        check_values(CONSTRUCTORS[record.constructor], record.call))


def _with_inlined(feeds: list[Feed], inlined: list[tuple[Feed, dict]]) -> tuple[Feed, ...]:
    """Feeds met while a call was inlined join the function's own: dropped when its own walk
    gave the same once the parameters take the values the call passed; in place of its own
    when they agree wherever its own knew something (the call only fills in what it did not
    know); else added."""
    out = list(feeds)
    replaced: set[int] = set()
    seen: set = set()
    for feed, mapping in inlined:
        mine = judged(feed, {})
        if mine in seen:
            continue
        seen.add(mine)
        here = [i for i, other in enumerate(out) if other.location == feed.location]
        if any(judged(out[i], mapping) == mine for i in here):
            continue
        refined = [i for i in here if _refines(judged(out[i], mapping), mine)]
        if any(i in replaced for i in refined):
            continue
        if refined:
            i = refined[0]
            out[i] = replace(feed, when=out[i].when, hypothetical=out[i].hypothetical)
            replaced.add(i)
        else:
            out.append(feed)
    return tuple(out)


def _in_configuration(met: list[tuple[Configuration, list]], varying: set[str]) -> list:
    """Feeds met while inlining a call inside one configuration's walk: one that no site
    builds says which (`when`) and is `hypothetical`; those of built configurations first, so
    that where both meet the same, the one a site builds is kept."""
    built = [item for config, items in met if not config.hypothetical for item in items]
    other = [(replace(feed, when=feed.when or config.describe(varying), hypothetical=True), mapping)
             for config, items in met if config.hypothetical for feed, mapping in items]
    return built + other


def _refines(general: Any, particular: Any) -> bool:
    """`particular` agrees with `general` wherever `general` knows: an unknown or a named size
    there may be anything."""
    if general == particular or general == "None":
        return True
    if isinstance(general, tuple) and len(general) == 2 and general[0] is SIZE:
        return any(monomial for monomial, _ in general[1])
    if isinstance(general, tuple) and isinstance(particular, tuple) and len(general) == len(particular):
        return all(_refines(g, p) for g, p in zip(general, particular))
    return False


def _built_with_chained_values(module: cst.Module, scopes: list, calls: list, resolver: Any
                               ) -> tuple[list[Built], dict[str, tuple[Any, str]], dict]:
    """Sites whose arguments are another class's or function's parameters (`self.rows =
    RowEncoder(hidden, dropout)` in `Encoder.__init__`, `cls(opt["layers"])` in a
    classmethod called with a dict) take the value every site of that one agrees on, a few
    levels deep. Also the values every call of a function agrees on (parameter key ->
    (value, origin)), with which the function is checked."""
    fixed: dict[str, tuple[Any, str]] = {}
    built: list[Built] = []
    bound: dict[str, tuple[Any, str]] = {}
    per_call: dict = {}
    try:
        for _ in range(_CHAIN_DEPTH):
            resolver.config = dict(fixed)
            built = built_classes(module, scopes, calls, resolver)
            called = called_functions(module, scopes, calls, resolver)
            bound = _agreed_calls(called)
            agreed = {**_agreed(built), **bound}
            if _same(agreed, fixed):
                break
            fixed = agreed
        from lstmcheck.lint.flow.call_sites import per_call_values

        per_call = per_call_values(called, bound)  # a function called with differing values
        if per_call:
            resolver.config = dict(fixed)
            built = built_classes(module, scopes, calls, resolver, per_call)
    finally:
        resolver.config = {}
    return built, bound, per_call


_CHAIN_DEPTH = 4  # classes and helpers passing values on: Model.from_opt -> cls(...) -> helper(...)


def _same(one: dict, other: dict) -> bool:
    return one.keys() == other.keys() and all(repr(one[k][0]) == repr(other[k][0]) for k in one)


def _agreed_calls(called: list[Called]) -> dict[str, tuple[Any, str]]:
    """Parameter key -> (value, origin) for the parameters every call of a function passes
    the same literal (or, called once, the same object), when the file names the function
    nowhere else. A value that rests on the caller's own default is not a fact of the call."""
    out: dict[str, tuple[Any, str]] = {}
    for item in called:
        if item.elsewhere or not item.sites or any(site.values is None for site in item.sites):
            continue
        first = item.sites[0].values or {}
        for name, (value, origin) in first.items():
            if value is UNKNOWN or (assumed_origin(origin) and "argparse option" not in origin):
                continue
            if isinstance(value, ObjectRef) and len(item.sites) > 1:
                continue
            if all(site.values and name in site.values and repr(site.values[name][0]) == repr(value)
                   for site in item.sites):
                out[f"{name}@{item.function.key}"] = (value, origin)
    return out


def _inside_any(scope: Any, keys: set[str]) -> bool:
    while scope is not None:
        if scope.key in keys:
            return True
        scope = scope.parent
    return False


def _agreed(built: list[Built]) -> dict[str, tuple[Any, str]]:
    """Parameter key -> (value, origin) for the parameters every site of a class passes the
    same literal, when the file builds the class nowhere else."""
    out: dict[str, tuple[Any, str]] = {}
    for item in built:
        if not item.sites or item.elsewhere or any(site.values is None for site in item.sites):
            continue
        first = item.sites[0].values or {}
        for name, (value, origin) in first.items():
            if value is UNKNOWN:
                continue
            if all(site.values and name in site.values and site.values[name][0] is not UNKNOWN
                   and repr(site.values[name][0]) == repr(value) for site in item.sites):
                out[f"{name}@{item.init.key}"] = (value, origin)
    return out


def _varying(configs: list[Configuration]) -> set[str]:
    """The parameters whose shown value is not the same in every configuration."""
    seen: dict[str, set[str]] = {}
    for config in configs:
        for name, value in config.shown:
            seen.setdefault(name, set()).add(repr(value))
    return {name for name, values in seen.items()
            if len(values) > 1 or any(name not in dict(c.shown) for c in configs)}


def _ints(config: Configuration) -> dict[str, int]:
    return {key: value for key, (value, _) in config.values.items()
            if isinstance(value, int) and not isinstance(value, bool)}


def _joined(runs: list[tuple[Configuration, list]], varying: set[str]) -> list:
    """One item per distinct judgement, taken from the most general configuration that has
    it (fewest values given: names stay names); unmarked when every configuration has it."""
    ints = [_ints(config) for config, _ in runs]
    # runs whose ints are the same judge an item the same: each item is judged once per ints
    alike = [next(i for i in range(c + 1) if ints[i] == ints[c]) for c in range(len(runs))]
    seen: dict[tuple[int, int], Any] = {}  # (id of an item, run of its ints) -> its judgement

    def judgement(item: Any, c: int) -> Any:
        key = (id(item), alike[c])  # (every item stays alive in `runs` meanwhile)
        found = seen.get(key)
        if found is None:
            found = seen[key] = judged(item, ints[alike[c]])
        return found

    keys = [{judgement(item, i) for item in items} for i, (_, items) in enumerate(runs)]
    covered: list[set] = [set() for _ in runs]
    order = sorted(range(len(runs)), key=lambda i: len(runs[i][0].values))
    out = []
    for r in order:
        for item in runs[r][1]:
            judgements = [judgement(item, c) for c in range(len(runs))]
            holds = [c for c in range(len(runs)) if judgements[c] in keys[c]]
            if all(judgements[c] in covered[c] for c in holds):
                continue
            for c in holds:
                covered[c].add(judgements[c])
            if len(holds) == len(runs):
                out.append(item)
                continue
            built = [c for c in holds if not runs[c][0].hypothetical]
            config = runs[(built or holds)[0]][0]
            out.append(replace(item, when=config.describe(varying), hypothetical=not built))
    return out
