"""A visitor class defined inside a function is a new class each time the function runs. The
walk (lint/walk.py) looks at a visitor class once; keyed by identity, every call of such a
function looked again (`dir()` of a thousand attributes) and kept the class forever: on one
real file (espnet's bsrnn.py) that was two thirds of the check. Now it is looked at once per
shape, each class's methods still its own."""

from __future__ import annotations

import libcst as cst

from lstmcheck.lint import walk as walking
from lstmcheck.lint.walk import walk

CODE = """\
class Model:
    def __init__(self):
        self.rnn = make()
        self.cells.append(cell())
        self.h += 1

    def reset(self):
        self.cells.extend([])
"""


def _appends_to(node: cst.CSTNode, attr: str) -> bool:
    """A room's question asked with a class defined in the function, as flow rooms do."""
    found = False

    class Finder(cst.CSTVisitor):
        def visit_Call(self, call: cst.Call) -> None:
            nonlocal found
            func = call.func
            if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute) \
                    and func.value.attr.value == attr:
                found = True

    walk(node, Finder())
    return found


def _seen_by_libcst(node: cst.CSTNode, attr: str) -> bool:
    found = False

    class Finder(cst.CSTVisitor):
        def visit_Call(self, call: cst.Call) -> None:
            nonlocal found
            func = call.func
            if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute) \
                    and func.value.attr.value == attr:
                found = True

    node.visit(Finder())
    return found


def test_a_class_defined_in_a_function_is_looked_at_once_and_not_kept():
    module = cst.parse_module(CODE)
    _appends_to(module, "warm-up")
    skipped, hooks = len(walking._SKIPPED), len(walking._HOOKS)
    answers = [_appends_to(module, attr) for attr in ("cells", "rnn", "h", "cells", "other") * 20]
    assert answers[:5] == [True, False, False, True, False]
    assert answers == [_seen_by_libcst(module, attr)
                       for attr in ("cells", "rnn", "h", "cells", "other") * 20]
    assert len(walking._SKIPPED) == skipped  # no new entry per class made
    assert len(walking._HOOKS) == hooks


def test_each_local_class_calls_its_own_methods():
    """Two classes of one shape made by two calls close over different names: each walk
    calls the methods of the visitor it was given."""
    module = cst.parse_module(CODE)
    seen: list[tuple[str, str]] = []

    def names(tag: str) -> cst.CSTVisitor:
        class Names(cst.CSTVisitor):
            def visit_Name(self, node: cst.Name) -> None:
                seen.append((tag, node.value))

        return Names()

    walk(module, names("first"))
    walk(module, names("second"))
    first = [name for tag, name in seen if tag == "first"]
    second = [name for tag, name in seen if tag == "second"]
    assert first == second and "make" in first and len(seen) == 2 * len(first)


def test_local_classes_of_another_shape_are_looked_at_apart():
    """A local class that also has a per-attribute hook (which the walk does not imitate) is
    handed to libcst's visit, even after a plain class of the same name was walked."""
    module = cst.parse_module(CODE)
    calls: list[str] = []

    def visitor(plain: bool) -> cst.CSTVisitor:
        if plain:
            class Finder(cst.CSTVisitor):
                def visit_Call(self, node: cst.Call) -> None:
                    calls.append("plain")
        else:
            class Finder(cst.CSTVisitor):  # type: ignore[no-redef]
                def visit_Call(self, node: cst.Call) -> None:
                    calls.append("hooked")

                def visit_Call_func(self, node: cst.Call) -> None:
                    calls.append("func")
        return Finder()

    walk(module, visitor(True))
    walk(module, visitor(False))
    assert calls.count("plain") == calls.count("hooked") == calls.count("func") == 4
