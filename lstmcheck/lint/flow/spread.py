"""A call that spreads its arguments, `make_gru(**GRU_ARGS)` or `build(*sizes)`: the arguments
as the call passes them, when the file writes the dict (or the walk holds the tuple).

Without them the walk cannot inline the function (a parameter left out would take its default,
which the spread may replace), and what the function returns, often the layer it builds, is
lost to the caller.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.values import Tup


def spread_arguments(walker: Any, node: cst.Call, scope: Any, env: dict) -> tuple[list, dict] | None:
    """(positional values, keyword values) of a call with `*` or `**` arguments, or None when
    any spread is not known whole."""
    args: list = []
    kwargs: dict = {}
    for arg in node.args:
        if arg.star == "**":
            if not isinstance(arg.value, cst.Name) or arg.value.value in env:
                return None
            found = walker.resolver.dict_literal(arg.value.value, scope)
            if found is None:
                return None
            for key, (value, where) in found[0].items():
                kwargs[key] = walker._passed(value, where, {})
        elif arg.star == "*":
            value = walker._expression(arg.value, scope, env)
            if not isinstance(value, Tup) or kwargs:
                return None
            args.extend(value.items)
        elif arg.keyword is not None:
            kwargs[arg.keyword.value] = walker._passed(arg.value, scope, env)
        else:
            if kwargs:
                return None
            args.append(walker._passed(arg.value, scope, env))
    return args, kwargs
