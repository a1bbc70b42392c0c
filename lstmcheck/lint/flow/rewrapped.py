"""`self.rnns = [nn.LSTM(...) for l in range(n)]` then `self.rnns = nn.ModuleList(self.rnns)`:
a plain list of layers registered by wrapping it in a ModuleList under the same name (the
AWD-LSTM idiom, and its descendants in fastai and PyTorch-NLP). The attribute is assigned twice
in `__init__`, but what the ModuleList holds is the first value, so the stack is read as if
written `nn.ModuleList([...])` once."""

from __future__ import annotations

from typing import Any, Callable

import libcst as cst

from lstmcheck.lint.flow.syntax import is_self


def rewrapped(entries: list, attr: str, is_module_list: Callable[[cst.Call, Any], bool]) -> cst.Call | None:
    """The ModuleList call as if written once: `nn.ModuleList(<the first value>)`, when the
    class assigns `self.<attr>` exactly twice, both unconditionally in one method, the first
    a list (or a comprehension) and the second a ModuleList of `self.<attr>` itself."""
    if len(entries) != 2 or any(value is None or tests for value, _, tests in entries):
        return None
    (first, method, _), (second, again, _) = entries
    if method is not again or not isinstance(first, (cst.List, cst.ListComp)) \
            or not isinstance(second, cst.Call) or not is_module_list(second, method):
        return None
    if len(second.args) != 1 or second.args[0].keyword is not None or second.args[0].star:
        return None
    wrapped = second.args[0].value
    if not (isinstance(wrapped, cst.Attribute) and is_self(wrapped.value) and wrapped.attr.value == attr):
        return None
    return second.with_changes(args=[cst.Arg(value=first)])
