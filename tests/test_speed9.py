"""speed9: the collector paused for a file's whole analysis and given back; no cycle keeps a
walked tree alive; `judged` the same whatever it met before."""

from __future__ import annotations

import gc
import weakref

import libcst as cst

from lstmcheck.lint import engine
from lstmcheck.lint.flow.values import judged
from lstmcheck.lint.walk import walk

MODEL = b"import torch.nn as nn\nlstm = nn.LSTM(8, 16)\nbad = nn.LSTM(8, 16, dropout=0.5)\n"


def test_collector_on_again_after_each_kind_of_file() -> None:
    assert gc.isenabled()
    assert engine.check_source(MODEL, "m.py").findings
    assert gc.isenabled()
    engine.check_source(b"import torch.nn as nn\ndef f(:\n    nn.GRU(1)\n", "bad.py")
    assert gc.isenabled()
    engine.check_source(b"x = 1\n", "plain.py")
    assert gc.isenabled()


def test_collector_off_while_a_file_is_analysed(monkeypatch) -> None:  # noqa: ANN001
    seen = []
    parse = engine._parse

    def spy(*args: object, **kwargs: object):  # noqa: ANN202
        seen.append(gc.isenabled())
        return parse(*args, **kwargs)

    monkeypatch.setattr(engine, "_parse", spy)
    engine.check_source(MODEL, "m.py")
    assert seen == [False]
    assert gc.isenabled()


def test_a_walked_tree_is_freed_without_the_collector() -> None:
    class Names(cst.CSTVisitor):
        def __init__(self) -> None:
            self.names: list[str] = []

        def visit_Name(self, node: cst.Name) -> None:
            self.names.append(node.value)

    module = cst.parse_module("import torch\nx = torch.zeros(1)\n")
    visitor = Names()
    gone = weakref.ref(visitor)
    gc.disable()
    try:
        walk(module, visitor)
        assert visitor.names
        del visitor
        assert gone() is None  # freed by reference counting: no cycle holds it
    finally:
        gc.enable()


def test_judged_the_same_for_records_met_again() -> None:
    from lstmcheck.records import Location

    want = (("column", "2"), ("end_line", "3"), ("end_column", "4"))  # `line` is not judged
    assert judged(Location(1, 2, 3, 4), {}) == want
    assert judged([Location(1, 2, 3, 4), {"k": (Location(1, 2, 3, 4),)}], {}) == (
        want, (("k", (want,)),))
