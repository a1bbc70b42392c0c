"""Flags an object keeps about its own layer's kind: `self._is_lstm = isinstance(module,
nn.LSTM)` in `__init__`, tested later as `if self._is_lstm:`. Each way of such an `if` is
the one some layer takes; when the walk cannot decide it, what one way does to a state
(hand a GRU the tuple only an LSTM takes) says nothing about the layer the walk holds, so
the walker treats the test as it treats one on a layer it holds: the feeds under it are
dropped (walker.py's `_unsure_from`).
"""

from __future__ import annotations

from typing import Any

import libcst as cst

_LAYER_TYPES = ("torch.nn.LSTM", "torch.nn.GRU", "torch.nn.RNN", "torch.nn.LSTMCell",
                "torch.nn.GRUCell", "torch.nn.RNNCell", "torch.nn.modules.rnn.")


def tests_a_kind_flag(test: cst.BaseExpression, scope: Any, resolver: Any) -> bool:
    """Whether `test` reads `self.X` where the class sets X only from a test of a layer's
    class (`isinstance(m, nn.LSTM)`, `type(m) is nn.GRU`)."""
    cls = scope.parent if scope is not None and scope.kind == "function" else None
    if cls is None or cls.kind != "class":
        return False
    return any(_is_kind_flag(cls, attr, resolver) for attr in _self_attributes(test))


def _self_attributes(test: cst.BaseExpression) -> list[str]:
    found: list[str] = []

    class _Finder(cst.CSTVisitor):
        def visit_Attribute(self, node: cst.Attribute) -> None:
            if isinstance(node.value, cst.Name) and node.value.value == "self":
                found.append(node.attr.value)

    test.visit(_Finder())
    return found


def _is_kind_flag(cls: Any, attr: str, resolver: Any) -> bool:
    entries = cls.attribute_values.get(attr, [])
    return bool(entries) and all(value is not None and _tests_layer_class(value, method, resolver)
                                 for value, method, _ in entries)


def _tests_layer_class(value: cst.BaseExpression, scope: Any, resolver: Any) -> bool:
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value == "isinstance" \
            and len(value.args) == 2:
        return _names_layer_class(value.args[1].value, scope, resolver)
    if isinstance(value, cst.Comparison) and len(value.comparisons) == 1 \
            and isinstance(value.left, cst.Call) and isinstance(value.left.func, cst.Name) \
            and value.left.func.value == "type":
        return _names_layer_class(value.comparisons[0].comparator, scope, resolver)
    return False


def _names_layer_class(node: cst.BaseExpression, scope: Any, resolver: Any) -> bool:
    if isinstance(node, cst.Tuple):
        return bool(node.elements) and all(_names_layer_class(e.value, scope, resolver) for e in node.elements)
    path = resolver.path_of(node, scope)
    return path is not None and (path in _LAYER_TYPES or path.startswith(_LAYER_TYPES[-1]))
