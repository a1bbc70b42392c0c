"""`lint.walk.walk`: a visitor sees exactly what libcst's own visit shows it, in the same
order, on real code and on the shapes where libcst's visit order is irregular."""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest

from lstmcheck.lint.walk import TRIVIA, _FieldOrder, child_fields, walk

ROOT = Path(__file__).resolve().parents[1]
ODD = '''\
"""Shapes whose visit order is easy to get wrong."""
# a comment before the first statement
from os import *
from . import sibling as s, other
import a.b.c as d
x = f"{value!r:>{width}} and {other:02d} {plain}"
y = f"{nested:{inner:{deep}}}"


@decorator(arg)
@other.decorator
async def g(a, /, b: int = 1, *args, c, d=2, **kw) -> "T":
    async with open(a) as h, lock:
        yield [i async for i in h if i]
    z = lambda q=1: (yield q)


class C(Base, metaclass=Meta):
    attr: int = 3

    def m(self):
        try:
            pass
        except* (ValueError, TypeError) as e:
            raise
        finally:
            del self.x[1:2, ::3]
        match self:
            case {"k": [1, *rest]} | C(a=1) if rest:
                pass
            case _:
                pass
        while (n := next(it)) is not None:
            global z
            z += n if n else -n
        for i, (j, k) in {a: b for a, b in items}.items():
            print(*i, **{"j": j}, sep="") ; continue
'''


def _corpus() -> list[str]:
    """ODD, the examples and a few of lstmcheck's own modules: real code of many shapes."""
    files = [*sorted((ROOT / "examples").glob("*.py")),
             *(ROOT / "lstmcheck" / "lint" / name for name in (
                 "scopes.py", "engine.py", "discover.py", "flow/walker.py", "flow/expressions.py"))]
    return [ODD] + [p.read_text(encoding="utf-8") for p in files]


class _Everything(cst.CSTVisitor):
    """Notes every node libcst's visit enters and leaves (trivia too)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, int]] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        self.seen.append(("visit", id(node)))
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        self.seen.append(("leave", id(original_node)))


def _recorder(kinds: list[type], prune: type | None = None) -> type:
    """A plain visitor with `visit_X`/`leave_X` for each of `kinds`; `visit_<prune>` returns
    False (its children are not visited)."""
    methods: dict[str, object] = {}
    for kind in kinds:
        def visit(self: cst.CSTVisitor, node: cst.CSTNode, kind: type = kind) -> bool:
            self.seen.append(("visit", id(node)))  # type: ignore[attr-defined]
            return kind is not prune

        def leave(self: cst.CSTVisitor, node: cst.CSTNode) -> None:
            self.seen.append(("leave", id(node)))  # type: ignore[attr-defined]

        methods[f"visit_{kind.__name__}"] = visit
        methods[f"leave_{kind.__name__}"] = leave

    def init(self: cst.CSTVisitor) -> None:
        cst.CSTVisitor.__init__(self)
        self.seen = []  # type: ignore[attr-defined]

    methods["__init__"] = init
    return type("Recorder", (cst.CSTVisitor,), methods)


NODE_TYPES = [kind for kind in vars(cst).values()
              if isinstance(kind, type) and issubclass(kind, cst.CSTNode)
              and not getattr(kind, "__abstractmethods__", None)]


@pytest.fixture(scope="module")
def modules() -> list[cst.Module]:
    return [cst.parse_module(text) for text in _corpus()]


@pytest.mark.parametrize("with_trivia", [False, True])
def test_a_walk_calls_what_libcsts_visit_calls_in_the_same_order(
        modules: list[cst.Module], with_trivia: bool) -> None:
    kinds = [k for k in NODE_TYPES if with_trivia or k not in TRIVIA]
    recorder = _recorder(kinds)
    for module in modules:
        theirs, ours = _Everything(), recorder()
        module.visit(theirs)
        walk(module, ours)
        hooked = set(kinds)
        objects = {}
        module.visit(_Collect(objects))
        expected = [(what, n) for what, n in theirs.seen if type(objects[n]) in hooked]
        assert ours.seen == expected


class _Collect(cst.CSTVisitor):
    def __init__(self, into: dict[int, cst.CSTNode]) -> None:
        super().__init__()
        self.into = into

    def on_visit(self, node: cst.CSTNode) -> bool:
        self.into[id(node)] = node
        return True


def test_a_visit_method_returning_false_prunes_as_in_libcst(modules: list[cst.Module]) -> None:
    recorder = _recorder([cst.FunctionDef, cst.Call, cst.Name, cst.ClassDef], prune=cst.ClassDef)
    for module in modules[:20]:
        theirs, ours = recorder(), recorder()
        module.visit(theirs)
        walk(module, ours)
        assert ours.seen == theirs.seen
        assert ours.seen


def test_a_visitor_with_other_hooks_gets_libcsts_own_visit() -> None:
    class ByAttribute(cst.CSTVisitor):
        def __init__(self) -> None:
            super().__init__()
            self.bodies = 0

        def visit_FunctionDef_body(self, node: cst.FunctionDef) -> None:
            self.bodies += 1

    visitor = ByAttribute()
    walk(cst.parse_module(ODD), visitor)
    assert visitor.bodies == 2


def test_child_fields_are_the_fields_libcst_announces_for_every_node(
        modules: list[cst.Module]) -> None:
    """Asked of a stand-in once per type, the answer covers every instance: the fields a
    node's own visit announces are a subsequence of its type's."""
    class Every(cst.CSTVisitor):
        def on_visit(self, node: cst.CSTNode) -> bool:
            probe = _FieldOrder()
            node._visit_and_replace_children(probe)
            mine = iter(child_fields(node))
            assert all(name in mine for name in dict.fromkeys(probe.names)), type(node)
            return True

    for module in modules:
        module.visit(Every())


def test_the_walk_is_trusted_with_this_libcst_and_steps_aside_when_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Checked once per process against libcst's own visit; a libcst that visits otherwise
    gets its own visit for every walk, and libcst's own positions."""
    from lstmcheck.lint import walk as walking
    from lstmcheck.lint.positions import Positions

    assert walking.trusted()
    monkeypatch.setattr(walking, "_TRUSTED", [False])
    monkeypatch.setattr(walking, "_SKIPPED", {})
    visits: list[cst.CSTNode] = []

    class Calls(cst.CSTVisitor):
        def visit_Call(self, node: cst.Call) -> None:
            visits.append(node)

    module = cst.parse_module(ODD)
    module.visit(Calls())
    expected, visits[:] = list(visits), []
    real_visit = cst.CSTNode.visit
    used: list[bool] = []

    def spy(node: cst.CSTNode, visitor: cst.CSTVisitor):  # noqa: ANN202
        used.append(True)
        return real_visit(node, visitor)

    monkeypatch.setattr(cst.Module, "visit", spy)
    walk(module, Calls())
    assert used and visits == expected and len(expected) == 5
    positions = Positions(module, ODD)
    positions.location(visits[0])
    assert positions._whole is not None
