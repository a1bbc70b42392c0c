"""The Collector's one walk answers what the flow's rooms used to walk each function again for
(lint/noted.py): the answers must be the rooms' own, node for node, on tricky code and on the
real bugs; the rooms must not walk again; and the faster parse and listings must give what
libcst's and CPython's own do."""

from __future__ import annotations

import ast
from pathlib import Path

import libcst as cst
import pytest

from lstmcheck.lint import noted as noted_module
from lstmcheck.lint.extract import _parse, extract
from lstmcheck.lint.flow import batches, binding, sequences, syntax
from lstmcheck.lint.positions import given_tree, python_walk
from lstmcheck.lint.scopes import Collector
from lstmcheck.lint.walk import walk

REALBUGS = Path(__file__).parent / "realbugs"

TRICKY = '''
import torch
from torch import nn
counter = 0

@register(lambda x: (y := x))
def gen(a, b=(c := 3), *args, d: "Model" = None, **kw) -> Model:
    global counter
    counter += 1
    for i, (j, *k) in enumerate(a):
        if i:
            x = j
        elif (w := k):
            del x
        else:
            pass
    else:
        z: int
        q: int = 2
    while b:
        b -= 1
    else:
        yield b
    f = lambda: (yield)
    g = [(yield_like := n) for n in range(3)]
    def inner(p=(yield_in_default := 1)):
        nonlocal f
        yield p
    class Local(Model):
        def method(self):
            return Model
        yield_here = 1
    with open(a) as (h, m), lock:
        try:
            pass
        except ValueError as err:
            raise
        finally:
            r = 1
        try:
            pass
        except* TypeError as group:
            t = group
    match a:
        case [first, *rest]:
            s = first
        case {"k": v}:
            s = v
    return (yield from inner())

async def agen(x):
    async for item in x:
        yield item
    async with x as y:
        await y

@decorate(Model)
class Model(nn.Module, metaclass=Meta(Model)):
    size = Model
    def __init__(self, hidden=Model.default):
        super().__init__()
        self.rnn = nn.LSTM(8, hidden)
        if hidden: self.x = 1
        for t in range(3): self.y = t
    def forward(self, x):
        out, _ = self.rnn(x)
        return out

def plain():
    return Model(4)

model = Model(16)
helper = plain
for epoch in range(2):
    model(torch.zeros(2, 3, 8))
'''


class _All(cst.CSTVisitor):
    def __init__(self) -> None:
        self.nodes: list[cst.CSTNode] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        self.nodes.append(node)
        return True


_BLOCKS = (cst.For, cst.While, cst.If, cst.Else, cst.Finally, cst.IndentedBlock,
           cst.SimpleStatementSuite, cst.Match, cst.TryStar)


def _differences(text: str) -> list[str]:
    """Where the notes of one walk differ from what each room's own walk finds."""
    module = cst.parse_module(text)
    collector = Collector()
    walk(module, collector)
    notes = collector.noted
    every = _All()
    module.visit(every)
    wrong = []

    def sites_of(body: cst.CSTNode) -> tuple[list[int], list[int]]:
        own = batches._Sites()
        walk(body, own)
        return [id(c) for c in own.calls], [id(f) for f in own.loops]

    def noted_sites(body: cst.CSTNode) -> tuple[list[int], list[int]] | None:
        found = notes.sites.get(id(body))
        return None if found is None or found[0] is not body else (
            [id(c) for c in found[1]], [id(f) for f in found[2]])

    for node in every.nodes:
        if isinstance(node, _BLOCKS):
            names = syntax.AssignedNames()
            walk(node, names)
            found = notes.assigned.get(id(node))
            if found is None or found[0] is not node or found[1] != names.names:
                wrong.append(f"assigned names of {type(node).__name__}: {names.names} != {found}")
        if isinstance(node, cst.FunctionDef):
            yields = sequences._Yields()
            walk(node.body, yields)
            if notes.generators[id(node)][1] != yields.found:
                wrong.append(f"generator {node.name.value}")
            if noted_sites(node.body) != sites_of(node.body):
                wrong.append(f"own calls and loops of {node.name.value}")
    if noted_sites(module) != sites_of(module):
        wrong.append("own calls and loops of the module")
    names = set(notes.name_uses)
    references = binding._References(names)
    walk(module, references)
    for name in names | set(references.uses):
        if references.uses.get(name, []) != notes.name_uses.get(name, []):
            wrong.append(f"uses of {name}")
    return wrong


def test_notes_answer_as_each_room_walks_on_tricky_code() -> None:
    assert _differences(TRICKY) == []


def test_the_tricky_sample_has_each_case() -> None:
    """The sample would prove little if its corner cases were not what the rooms see."""
    module = cst.parse_module(TRICKY)
    collector = Collector()
    walk(module, collector)
    generators = {node.name.value: found for node, found in collector.noted.generators.values()}
    # a lambda's or a class's yield is not the def's; a default's is not the inner def's
    assert generators == {"gen": True, "agen": True, "inner": True, "method": False,
                          "__init__": False, "forward": False, "plain": False}
    uses = binding._References({"Model", "plain", "gen"})
    walk(module, uses)
    assert len(uses.uses["Model"]) == len(collector.noted.name_uses["Model"]) == 4


# a sixth of the real bugs and look-alikes (every file node by node would take a minute)
SAMPLE = sorted(REALBUGS.glob("*.py"))[::6]


@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: p.name)
def test_notes_answer_as_each_room_walks_on_the_real_bugs(path: Path) -> None:
    assert _differences(path.read_text(encoding="utf-8")) == []


def test_rooms_do_not_walk_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extracting a file with loops, branches, a generator and sites asks the notes only."""
    rooms = (syntax.AssignedNames, sequences._Yields, batches._Sites, binding._References)
    walked: list[str] = []
    for module in (syntax, sequences, batches, binding):
        original = module.walk

        def counting(node: cst.CSTNode, visitor: cst.CSTVisitor, original=original) -> None:
            if isinstance(visitor, rooms):
                walked.append(type(visitor).__name__)
            original(node, visitor)
        monkeypatch.setattr(module, "walk", counting)
    facts = extract(TRICKY, "tricky.py")
    assert facts.calls  # the flow ran: the layer was found and its class walked
    assert walked == []
    assert noted_module._CURRENT == []  # the notes go with the file


def test_a_question_about_another_tree_is_walked() -> None:
    module = cst.parse_module(TRICKY)
    collector = Collector()
    walk(module, collector)
    other = cst.parse_module("for a in b:\n    c = 1\n")
    with noted_module.noting(collector.noted):
        assert syntax.assigned_names(other.body[0]) == {"a", "c"}
        assert noted_module.assigned(other.body[0]) is None
        assert noted_module.name_uses(other) is None


def _old_child_expressions(node: cst.CSTNode) -> list[cst.BaseExpression]:
    out: list[cst.BaseExpression] = []
    for child in node.children:
        if isinstance(child, cst.BaseExpression):
            out.append(child)
        elif not isinstance(child, (cst.BaseSuite, cst.BaseStatement)):
            out.extend(_old_child_expressions(child))
    return out


def test_child_expressions_are_those_of_libcsts_children() -> None:
    texts = [TRICKY] + [p.read_text(encoding="utf-8") for p in SAMPLE[:8]]
    for text in texts:
        every = _All()
        cst.parse_module(text).visit(every)
        for node in every.nodes:
            assert [id(e) for e in syntax.child_expressions(node)] \
                == [id(e) for e in _old_child_expressions(node)]


def test_parse_without_checks_builds_the_same_tree() -> None:
    checked = cst.CSTNode.__dict__["__post_init__"]
    for path in SAMPLE[:10]:
        text = path.read_text(encoding="utf-8")
        given_tree(text, ast.parse(text))
        tree = _parse(text)
        assert cst.CSTNode.__dict__["__post_init__"] is checked  # put back
        assert tree.deep_equals(cst.parse_module(text)) and tree.code == text


def test_a_text_python_refuses_is_parsed_with_libcsts_checks() -> None:
    with pytest.raises(cst.ParserSyntaxError):
        _parse("def f(:\n")
    given_tree("x = (\n", ast.parse("x = 1\n"))  # another text's tree: not this one
    with pytest.raises(cst.ParserSyntaxError):
        _parse("x = (\n")
    assert cst.CSTNode.__dict__["__post_init__"] is not None


def test_python_walk_lists_what_ast_walk_gives() -> None:
    for path in [*SAMPLE, Path(ast.__file__)]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert python_walk(tree) == list(ast.walk(tree))


def test_the_modules_nodes_place_what_the_statements_walk_places() -> None:
    """Positions pair the written nodes with CPython's from the listing the resolver made
    already, rather than walking CPython's statements again: the same locations."""
    from lstmcheck.lint.resolve import Resolver

    for path in [*SAMPLE, REALBUGS.parent / "test_speed4_noted.py"]:
        text = path.read_text(encoding="utf-8")
        module = cst.parse_module(text)
        collector = Collector()
        walk(module, collector)
        positions = Resolver(module, text).positions
        tree = positions.python_tree()
        walked = positions._pair(collector.written, tree.body, ())
        listed = positions._pair(collector.written, tree.body, (), positions.python_nodes())
        assert listed == walked and walked
