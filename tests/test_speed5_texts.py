"""A node's text is generated once and kept with the node (lint/positions.py): asked again,
in another configuration, it is libcst's text of that very node."""

from __future__ import annotations

import gc

import libcst as cst

from lstmcheck.lint.positions import Positions

SOURCE = """import torch.nn as nn


class Model(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden,
                           batch_first=True)  # two lines: generated, not sliced
"""


def _calls(module: cst.Module) -> list[cst.Call]:
    found: list[cst.Call] = []

    class Calls(cst.CSTVisitor):
        def visit_Call(self, node: cst.Call) -> None:
            found.append(node)

    module.visit(Calls())
    return found


def test_a_text_asked_again_is_libcsts_text_of_that_node() -> None:
    module = cst.parse_module(SOURCE)
    positions = Positions(module, SOURCE)
    layer = next(c for c in _calls(module) if "LSTM" in module.code_for_node(c))
    first = positions.text(layer)
    assert first == module.code_for_node(layer) and "\n" in first
    assert positions.text(layer) == first


def test_another_node_never_gets_a_kept_text() -> None:
    """Nodes made on the way (`with_changes`) come and go: one that comes to have the id of
    a node asked about before gets its own text."""
    module = cst.parse_module(SOURCE)
    positions = Positions(module, SOURCE)
    layer = next(c for c in _calls(module) if "LSTM" in module.code_for_node(c))
    for hidden in range(40):
        changed = layer.with_changes(args=(*layer.args[:1], layer.args[1].with_changes(
            value=cst.Integer(str(hidden)))))
        assert positions.text(changed) == module.code_for_node(changed)
        del changed
        gc.collect()
