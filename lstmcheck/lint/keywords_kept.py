"""What a config class keeps of the keywords it is built with.

Real code carries hyperparameters in small classes whose `__init__` takes `**kwargs` and
reads them back: `self.hidden = kwargs.get("hidden", 16)`, `kwargs.pop("hidden")`,
`kwargs["hidden"]`, or copies them all (`self.__dict__.update(kwargs)`). Which value an
attribute holds then depends on the call that builds the object: the keyword it passes, or
the default `.get` names. These helpers only read the syntax; the resolver evaluates.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from lstmcheck.lint.scopes import literal_of
from lstmcheck.lint.walk import walk


@dataclass(frozen=True)
class KeywordRead:
    """`kwargs.get("hidden", 16)`: the key read and the default (None: no default given, so
    a call that leaves the keyword out raises, or gets None from a bare `.get`)."""

    key: str
    default: cst.BaseExpression | None


def keywords_parameter(function: cst.FunctionDef) -> str | None:
    """The name of a function's `**kwargs` parameter."""
    star = function.params.star_kwarg
    return star.name.value if star is not None else None


def keyword_read(node: cst.BaseExpression, kwargs: str) -> KeywordRead | None:
    """`kwargs.get("k", d)`, `kwargs.pop("k", d)`, `kwargs["k"]`, with `kwargs` the
    `**kwargs` parameter's name; None for anything else."""
    if isinstance(node, cst.Subscript):
        if not (isinstance(node.value, cst.Name) and node.value.value == kwargs and len(node.slice) == 1
                and isinstance(node.slice[0].slice, cst.Index)):
            return None
        key = _key(node.slice[0].slice.value)
        return None if key is None else KeywordRead(key, None)
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
            and isinstance(node.func.value, cst.Name) and node.func.value.value == kwargs
            and node.func.attr.value in ("get", "pop") and 1 <= len(node.args) <= 2
            and not any(a.star or a.keyword for a in node.args)):
        return None
    key = _key(node.args[0].value)
    if key is None:
        return None
    return KeywordRead(key, node.args[1].value if len(node.args) == 2 else None)


def copies_keywords(function: cst.FunctionDef) -> str | None:
    """The `**kwargs` parameter an `__init__` copies into attributes as its only statement:
    `self.__dict__.update(kwargs)` or `vars(self).update(kwargs)`."""
    kwargs = keywords_parameter(function)
    body = function.body.body if isinstance(function.body, cst.IndentedBlock) else []
    if kwargs is None or len(body) != 1 or not isinstance(body[0], cst.SimpleStatementLine) \
            or len(body[0].body) != 1 or not isinstance(body[0].body[0], cst.Expr):
        return None
    update = body[0].body[0].value
    if not (isinstance(update, cst.Call) and isinstance(update.func, cst.Attribute)
            and update.func.attr.value == "update" and len(update.args) == 1
            and not update.args[0].star and isinstance(update.args[0].value, cst.Name)
            and update.args[0].value.value == kwargs):
        return None
    target = update.func.value
    if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) \
            and target.value.value == "self" and target.attr.value == "__dict__":
        return kwargs
    if isinstance(target, cst.Call) and isinstance(target.func, cst.Name) and target.func.value == "vars" \
            and len(target.args) == 1 and isinstance(target.args[0].value, cst.Name) \
            and target.args[0].value.value == "self":
        return kwargs
    return None


class _SelfUpdates(cst.CSTVisitor):
    """Calls that may set any attribute of `self`: `self.__dict__.update(...)`,
    `vars(self).update(...)`, `setattr(self, ...)`."""

    def __init__(self) -> None:
        self.found: list[cst.Call] = []

    def visit_Call(self, node: cst.Call) -> None:
        func = node.func
        if isinstance(func, cst.Name) and func.value == "setattr" and node.args \
                and _is_self(node.args[0].value):
            self.found.append(node)
        elif isinstance(func, cst.Attribute) and func.attr.value == "update" and (
                (isinstance(func.value, cst.Attribute) and func.value.attr.value == "__dict__"
                 and _is_self(func.value.value))
                or (isinstance(func.value, cst.Call) and isinstance(func.value.func, cst.Name)
                    and func.value.func.value == "vars" and len(func.value.args) == 1
                    and _is_self(func.value.args[0].value))):
            self.found.append(node)


def self_updated(function: cst.FunctionDef) -> tuple[bool, bool]:
    """(whether `__init__` may set any attribute of `self` by name, whether that is one
    `self.__dict__.update(kwargs)` of its `**kwargs` as its last statement)."""
    visitor = _SelfUpdates()
    walk(function.body, visitor)  # read-only: libcst's own visit rebuilds every node
    if not visitor.found:
        return False, False
    body = function.body.body if isinstance(function.body, cst.IndentedBlock) else []
    kwargs = keywords_parameter(function)
    last = body[-1] if body else None
    at_end = len(visitor.found) == 1 and kwargs is not None and isinstance(last, cst.SimpleStatementLine) \
        and len(last.body) == 1 and isinstance(last.body[0], cst.Expr) and last.body[0].value is visitor.found[0] \
        and len(visitor.found[0].args) == 1 and isinstance(visitor.found[0].args[0].value, cst.Name) \
        and visitor.found[0].args[0].value.value == kwargs and not visitor.found[0].args[0].star
    return True, at_end


def _is_self(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "self"


def _key(node: cst.BaseExpression) -> str | None:
    if not isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
        return None
    ok, key = literal_of(node)
    return key if ok and isinstance(key, str) else None
