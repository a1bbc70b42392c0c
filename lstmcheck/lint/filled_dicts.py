"""A dict filled key by key where it is made: `net_args = {}` then `net_args["hidden"] =
hidden` on the lines after it, in the same block (no branch, no loop around them), as real
training scripts build the keywords they pass (`Model(**net_args)`).

Only statements of the block that binds the dict count; the resolver accepts the entries
only when they are every change the file makes to a dict of that name.
"""

from __future__ import annotations

import libcst as cst

from lstmcheck.lint.scopes import literal_of


def filled_entries(body: tuple[cst.BaseStatement, ...] | list, built: cst.BaseExpression,
                   name: str) -> list[tuple[str, cst.BaseExpression]] | None:
    """The `name["key"] = value` statements after the statement `name = <built>` of `body`,
    in order; None when `built` is not bound by a plain statement of `body`."""
    start = next((i for i, line in enumerate(body) if _binds(line, built, name)), None)
    if start is None:
        return None
    filled: list[tuple[str, cst.BaseExpression]] = []
    for line in body[start + 1:]:
        if not isinstance(line, cst.SimpleStatementLine):
            continue
        for small in line.body:
            if isinstance(small, cst.Assign) and len(small.targets) == 1:
                key = _key_of(small.targets[0].target, name)
                if key is not None:
                    filled.append((key, small.value))
    return filled


def _binds(line: cst.BaseStatement, built: cst.BaseExpression, name: str) -> bool:
    if not isinstance(line, cst.SimpleStatementLine) or len(line.body) != 1:
        return False
    small = line.body[0]
    return isinstance(small, cst.Assign) and small.value is built and len(small.targets) == 1 \
        and isinstance(small.targets[0].target, cst.Name) and small.targets[0].target.value == name


def _key_of(target: cst.BaseAssignTargetExpression, name: str) -> str | None:
    """"k" of `name["k"]`."""
    if not (isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name)
            and target.value.value == name and len(target.slice) == 1
            and isinstance(target.slice[0].slice, cst.Index)
            and isinstance(target.slice[0].slice.value, (cst.SimpleString, cst.ConcatenatedString))):
        return None
    ok, key = literal_of(target.slice[0].slice.value)
    return key if ok and isinstance(key, str) else None
