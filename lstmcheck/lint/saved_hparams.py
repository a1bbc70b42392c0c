"""Lightning's `self.save_hyperparameters(hparams)` given one dict or namespace: `self.hparams`
then holds that object's entries, so `self.hparams.hidden`, `self.hparams["hidden"]` and
`self.hparams.get("hidden", 64)` are `hparams["hidden"]` (or `hparams.hidden`) as the site
that builds the class passes it. (Without arguments it saves `__init__`'s parameters: the
resolver's `_hyperparameter`.) Nothing is known when the file changes `self.hparams`.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.scopes import Scope, literal_of


def saved_object_entry(resolver: Any, node: cst.BaseExpression, scope: Scope, depth: int
                       ) -> tuple[bool, Any, Any] | None:
    """What `self.hparams.X` / `self.hparams["X"]` / `self.hparams.get("X", d)` is when
    `__init__` saved one parameter's object; None when the node is none of these or the class
    saves no such object."""
    key, default = hparams_key(node)
    if key is None:
        return None
    cls = scope.parent if scope.kind == "function" else None
    if cls is None or cls.kind != "class":
        return None
    init = resolver._init_scope(cls)
    if init is None or "hparams" in resolver._hparams_changed():
        return None
    saved = _saved_object(init.node)
    if saved is None:
        return _saved_parameter(resolver, node, key, default, init, depth)
    holder = cst.Name(saved)
    found = resolver._item(holder, cst.SimpleString(repr(key)), default, init, depth + 1, lenient=True)
    if found[0]:
        return found
    if default is None:
        attribute = resolver._evaluate(cst.Attribute(value=holder, attr=cst.Name(key)), init, depth + 1)
        if attribute[0]:
            return attribute
    return False, None, None


def _saved_parameter(resolver: Any, node: cst.BaseExpression, key: str,
                     default: cst.BaseExpression | None, init: Scope, depth: int
                     ) -> tuple[bool, Any, Any] | None:
    """`self.hparams.get("X", d)` after `self.save_hyperparameters()` saved `__init__`'s
    parameters: the parameter X, or `d` when none is saved under that name (attribute and item
    reads are the resolver's `_hyperparameter`)."""
    from lstmcheck.lint.resolve import _saved_hyperparameters

    if not isinstance(node, cst.Call):
        return None
    names = _saved_hyperparameters(init.node)
    if names is None:
        return None
    if key in names:
        return resolver._named(key, init, depth + 1)
    return resolver._evaluate(default, init, depth + 1) if default is not None else None


def hparams_key(node: cst.BaseExpression) -> tuple[str | None, cst.BaseExpression | None]:
    """The key a `self.hparams` read asks for (`.x`, `["x"]`, `.get("x", d)`), and the
    default `.get` gives."""
    default = None
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) \
            and node.func.attr.value == "get" and 1 <= len(node.args) <= 2 \
            and not any(a.star or a.keyword for a in node.args) \
            and isinstance(node.args[0].value, cst.SimpleString):
        holder, key = node.func.value, literal_of(node.args[0].value)[1]
        default = node.args[1].value if len(node.args) == 2 else None
    elif isinstance(node, cst.Attribute):
        holder, key = node.value, node.attr.value
    elif isinstance(node, cst.Subscript) and len(node.slice) == 1 \
            and isinstance(node.slice[0].slice, cst.Index) \
            and isinstance(node.slice[0].slice.value, cst.SimpleString):
        holder, key = node.value, literal_of(node.slice[0].slice.value)[1]
    else:
        return None, None
    if isinstance(holder, cst.Attribute) and holder.attr.value == "hparams" \
            and isinstance(holder.value, cst.Name) and holder.value.value == "self" \
            and isinstance(key, str) and key.isidentifier():
        return key, default
    return None, None


def _saved_object(init: cst.FunctionDef) -> str | None:
    """The parameter `self.save_hyperparameters(param)` saves as a whole, when `__init__`
    makes that call once, outside any branch, with that one argument."""
    names = {p.name.value for p in (*init.params.params, *init.params.kwonly_params)} - {"self"}
    body = init.body.body if isinstance(init.body, cst.IndentedBlock) else []
    found = []
    for statement in body:
        for small in statement.body if isinstance(statement, cst.SimpleStatementLine) else ():
            call = small.value if isinstance(small, cst.Expr) else None
            if isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) \
                    and call.func.attr.value == "save_hyperparameters" \
                    and isinstance(call.func.value, cst.Name) and call.func.value.value == "self":
                found.append(call)
    if len(found) != 1 or len(found[0].args) != 1:
        return None
    arg = found[0].args[0]
    if arg.star or arg.keyword is not None or not isinstance(arg.value, cst.Name) \
            or arg.value.value not in names:
        return None
    return arg.value.value
