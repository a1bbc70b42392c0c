"""A class built inside a function that the file calls with different values: one site of
the class per call of the function.

`def build(opt): return Tagger(layers=opt.layers, dropout=opt.dropout)`, called once by a
test with `parse_options(["--dropout", "0.5"])` and once by `__main__` with the command line,
builds two models; the values every call agrees on (flow/configured.py) are not enough to
judge either. Each call's values bind the function's parameters while the class's site in it
is bound again, so the class gets one site per call (at most `MAX_CALLS`, then the site is
bound once, as before). A call's value that rests on its caller's own default is left out
(the parameter stays as the function leaves it), as the agreed values do.
"""

from __future__ import annotations

from typing import Any

from lstmcheck.lint.recurrent import assumed_origin
from lstmcheck.lint.scopes import UNKNOWN

MAX_CALLS = 16


def per_call_values(called: list, bound: dict) -> dict[int, list[tuple[int, str, dict]]]:
    """id of a function's scope -> (line of the call, the function's name, a resolver
    configuration) per call of it, for each function whose calls pass values that differ
    (those all calls agree on are `bound`)."""
    out: dict[int, list[tuple[int, str, dict]]] = {}
    for item in called:
        if item.elsewhere or not 1 < len(item.sites) <= MAX_CALLS \
                or any(site.values is None for site in item.sites):
            continue
        key = item.function.key
        configs = []
        for site in item.sites:
            configs.append({f"{name}@{key}": (value, origin) for name, (value, origin) in site.values.items()
                            if value is not UNKNOWN and f"{name}@{key}" not in bound
                            and not (assumed_origin(origin) and "argparse option" not in origin)})
        shown = [{k: repr(v) for k, (v, _) in config.items()} for config in configs]
        if any(configs) and any(one != shown[0] for one in shown):
            out[id(item.function)] = [(site.line, item.function.name, config)
                                      for site, config in zip(item.sites, configs)]
    return out


def calls_around(scope: Any, per_call: dict) -> list[tuple[int, str, dict]] | None:
    """The per-call configurations of the nearest function around `scope` that has them."""
    while scope is not None:
        if scope.kind == "class":
            return None  # a method's site: its class's configurations decide it
        found = per_call.get(id(scope))
        if found is not None:
            return found
        scope = scope.parent
    return None


def per_call_records(resolved: list, skipped: frozenset, per_call: dict, resolver: Any, path: str,
                     bound: dict, refused: Any) -> dict[Any, Any]:
    """A layer built in such a function itself (`def recurrent(layers, dropout): return
    nn.LSTM(8, 16, layers, dropout=dropout)`): its record in the first call whose values
    torch refuses or warns about, saying which call (`when recurrent(...) is called at line
    31`); a layer fine in every call keeps the record it has."""
    from dataclasses import replace

    from lstmcheck.lint.extract import _record

    out: dict[Any, Any] = {}
    for item in resolved:
        node, scope = item[0], item[1]
        calls = calls_around(scope, per_call) if id(scope) not in skipped else None
        if not calls:
            continue
        try:
            resolver.config = dict(bound)
            if refused(_record(item, resolver, path)):
                continue  # what fails whatever the call passes is judged as written
            for line, name, config in calls:
                resolver.config = {**bound, **config}
                record = _record(item, resolver, path)
                if refused(record):
                    out[node] = replace(record, when=f"when {name}(...) is called at line {line}")
                    break
        finally:
            resolver.config = {}
    return out
