"""`lint.positions.Positions`: the location of every node is the one libcst's
`PositionProvider` gives, though only the statements asked about are generated."""

from __future__ import annotations

import ast

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, PositionProvider

from lstmcheck.lint.positions import Positions
from lstmcheck.lint.walk import TRIVIA
from lstmcheck.records import Location

HEADER = "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n\n\n"
BODY = '''\
"""Docstring, then statements of every kind."""
import torch.nn as nn  # trailing comment
a = 1; b = 2;  c = (
    3)

# a comment line between statements

@decorator(
    arg)
# a comment between the decorator and the def
@other
def f(x,
      y=nn.LSTM(10, 20)):
    """é, ü and 字: characters that are several bytes."""
    return nn.GRU(x, \\
                  y)


\tif_ = 1
class Model(nn.Module):
    def __init__(self, hidden: int = 32) -> None:
        super().__init__()
        self.rnn = nn.LSTM(input_size=8,
                           hidden_size=hidden,  # comment
                           batch_first=True)

    async def forward(self, x):
        async for item in x:
            pass
        return self.rnn(x)[0]
if True: z = nn.RNN(1, 2)
\x0c
match z:
    case nn.RNN(): pass
'''


def _variants() -> dict[str, str]:
    body = BODY.replace("\t", "")
    return {
        "plain": body,
        "header": HEADER + body,
        "crlf": (HEADER + body).replace("\n", "\r\n"),
        "no final newline": body.rstrip("\n"),
        "tabs": body.replace("    ", "\t"),
        "only statements": "x = nn.LSTM(1, 2)\ny = x\n",
    }


def _libcst_locations(module: cst.Module) -> dict[cst.CSTNode, Location]:
    ranges = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    return {node: Location(r.start.line, r.start.column + 1, r.end.line, r.end.column + 1)
            for node, r in ranges.items() if type(node) not in TRIVIA and node is not module}


@pytest.mark.parametrize("name", list(_variants()))
def test_every_location_is_libcsts(name: str) -> None:
    source = _variants()[name]
    module = cst.parse_module(source)
    expected = _libcst_locations(module)
    positions = Positions(module, source)
    assert {node: positions.location(node) for node in expected} == expected
    assert positions._whole is None, "fell back to generating the whole module"


def test_only_the_statements_asked_about_are_generated() -> None:
    source = HEADER + BODY.replace("\t", "")
    module = cst.parse_module(source)
    model = next(s for s in module.body if isinstance(s, cst.ClassDef))
    call = model.body.body[0].body.body[1].body[0].value  # self.rnn = nn.LSTM(...)
    positions = Positions(module, source)
    assert positions.location(call) == _libcst_locations(module)[call]
    assert not any(u.generated for u in positions._units)  # a call: from CPython's tree
    assert positions.location(call.func) == _libcst_locations(module)[call.func]
    line = model.body.body[0].body.body[1]  # its statement alone, not the class
    assert [u.statement for u in positions._units if u.generated] == [line]
    assert positions.text(call) == module.code_for_node(call)


@pytest.mark.parametrize("case", ["other statements", "shifted lines", "no source"])
def test_what_cannot_be_placed_for_certain_is_libcsts_whole_module(
        case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source = BODY.replace("\t", "")
    module = cst.parse_module(source)
    real = ast.parse
    if case == "other statements":  # the two parsers see different statements
        monkeypatch.setattr(ast, "parse", lambda text: real("x = 1\n" + text))
    elif case == "shifted lines":  # or the same statements at other lines
        monkeypatch.setattr(ast, "parse", lambda text: real("\n\n" + text))
    positions = Positions(module, None if case == "no source" else source)
    expected = _libcst_locations(module)
    assert {node: positions.location(node) for node in expected} == expected
    assert positions._whole is not None


def test_a_node_not_in_the_module_is_a_key_error_as_in_libcst() -> None:
    source = "x = 1\n"
    positions = Positions(cst.parse_module(source), source)
    with pytest.raises(KeyError):
        positions.location(cst.Name("x"))


def test_a_node_used_twice_is_placed_where_libcst_places_it() -> None:
    """A tree built by hand may share a node; libcst locates it where it first generates it."""
    shared = cst.Call(cst.Name("f"))
    module = cst.Module(body=[
        cst.SimpleStatementLine([cst.Expr(shared)]),
        cst.SimpleStatementLine([cst.Expr(cst.Name("x"))]),
        cst.SimpleStatementLine([cst.Expr(shared)]),
    ])
    source = module.code
    assert Positions(module, source).location(shared) == _libcst_locations(module)[shared]


def test_a_parameter_is_located_without_generating_its_function() -> None:
    """A def's header is generated with its first statement only (the body's statements are
    units of their own): a parameter's location costs its header, not the whole function."""
    body = "".join(f"    x{i} = {i}\n" for i in range(200))
    source = f"def f(hidden=256):\n{body}    return x0\n"
    module = cst.parse_module(source)
    positions = Positions(module, source)
    param = module.body[0].params.params[0]
    assert positions.location(param.default) == Location(1, 14, 1, 17)
    (unit,) = [u for u in positions._units if u.statement is module.body[0]]
    # a number is placed from CPython's tree: nothing is generated, not even the header
    assert unit.generated is False and unit.placed
    assert positions._whole is None
    assert positions.location(param) == _libcst_locations(module)[param]
    assert not unit.whole and len(unit.generated[0]) < 100  # not 200 lines'


NUMBERS = '''\
import torch.nn as nn
s = "é字"; n = nn.LSTM(8, 8 if 1 else 8, num_layers=0x_2, dropout=1e-3)  # é 7
@deco(3, key=4.5)
def f(a=1_000, *, b=-2, c=3j) -> "x[5]":
    g = lambda q=6: q + 7
    t = f"{8:>{9}} é {10!r}" f'{11}'
    d = {12: 13 for _ in range(14)}
    h = h[-2:15]
    y: int = (
        16
    )
    for i in range(17):
        z = 18
    else:
        z = 19
    while (w := 20) < 21:
        pass
    with open(22) as f, open(23):
        pass
    try:
        u = 24
    except E as e:
        u = 25
    if x == 26:
        v = 27
    elif x == 28:
        v = 29
    else:
        v = 30
    return [31] * 32 if 33 else 34
call = (f)(1, *a, k=(2), **kw)(3).m((4), (x for x in y))(é(字=5), sum(x for x in y))
multi = nn.LSTM(
    6,
    hidden_size=(
        7))
class K(nn.Module, metaclass=M, size=35):
    width = 36
match 37:
    case 38 | 39: pass
'''


@pytest.mark.parametrize("text", [NUMBERS, NUMBERS.replace("\n", "\r\n"), NUMBERS.rstrip("\n")])
def test_numbers_placed_from_cpythons_tree_are_libcsts(text: str) -> None:
    """Number literals, calls and their arguments are placed from CPython's tree, without
    generating their statement (not an argument in parentheses, whose span CPython leaves out):
    in f-strings, defaults, comprehensions, branches kept whole, lines with wide characters;
    the same locations libcst gives, and the other nodes are unchanged."""
    module = cst.parse_module(text)
    expected = _libcst_locations(module)
    numbers = {node for node in expected if isinstance(node, (cst.Integer, cst.Float, cst.Imaginary))}
    assert len(numbers) == 53
    calls = {node for node in expected if isinstance(node, cst.Call)}
    arguments = {arg for call in calls for arg in call.args
                 if arg.star or arg.keyword or not (arg.value.lpar or isinstance(arg.value, cst.GeneratorExp))}
    assert len(calls) == 13 and len(arguments) == 20
    positions = Positions(module, text)
    fast = numbers | calls | arguments
    assert {node: positions.location(node) for node in fast} == {n: expected[n] for n in fast}
    assert all(unit.generated is False for unit in positions._units)
    assert {node: positions.location(node) for node in expected} == expected
    assert positions._whole is None


def test_numbers_a_unit_cannot_pair_are_generated() -> None:
    """Where the two trees' numbers do not pair up (here a unit's CPython statements differ
    from what libcst parsed), the statement is generated as before."""
    text = "x = 1\ny = 2\n"
    module = cst.parse_module(text)
    positions = Positions(module, text)
    tree = ast.parse(text)
    tree.body[1].value.value = "not a number"  # the second unit's number is gone from CPython's tree
    positions._tree = tree
    second = module.body[1].body[0].value
    assert positions.location(second) == Location(2, 5, 2, 6)
    unit = positions._owner[id(second)]
    assert unit.placed == {} and unit.generated


def _collected(module: cst.Module):  # noqa: ANN202 - the one walk's notes of the module
    from lstmcheck.lint.scopes import Collector
    from lstmcheck.lint.walk import walk

    collector = Collector()
    walk(module, collector)
    return collector.written


CONSTANTS = NUMBERS + '''\
flags = [True, False, None, h[0][1:2], h[x[3]], (h)[4], x[None]]
match flags:
    case None | True: pass
    case [1, *_]: pass
'''


@pytest.mark.parametrize("text", [CONSTANTS, HEADER + BODY.replace("\t", "")])
def test_the_one_walks_notes_place_the_module_without_a_walk_of_its_own(text: str) -> None:
    """Given what the Collector's walk noted (constants, calls, subscripts as written), the
    module's are paired with CPython's at once: libcst's locations, and no unit is even
    placed (which walks the whole module again)."""
    module = cst.parse_module(text)
    expected = _libcst_locations(module)
    kinds = (cst.Integer, cst.Float, cst.Imaginary, cst.Call, cst.Subscript)
    fast = {node for node in expected if isinstance(node, kinds)
            or isinstance(node, cst.Name) and node.value in ("True", "False", "None")}
    fast |= {arg for node in fast if isinstance(node, cst.Call) for arg in node.args
             if arg.star or arg.keyword or not (arg.value.lpar or isinstance(arg.value, cst.GeneratorExp))}
    positions = Positions(module, text)
    positions.expect(_collected(module))
    assert {node: positions.location(node) for node in fast} == {n: expected[n] for n in fast}
    assert positions._units is None
    assert {node: positions.location(node) for node in expected} == expected


def test_notes_that_do_not_pair_fall_back_to_units() -> None:
    """A kind whose count differs between the notes and CPython's tree is not paired module
    wide (here a call the notes missed): each node is then placed unit by unit, as before."""
    text = "a = f(1)\nb = g(2)[0]\n"
    module = cst.parse_module(text)
    written = _collected(module)
    written.calls.pop()
    positions = Positions(module, text)
    positions.expect(written)
    expected = _libcst_locations(module)
    calls = [node for node in expected if isinstance(node, cst.Call)]
    assert [positions.location(node) for node in calls] == [expected[n] for n in calls]
    assert positions._units is not None  # placed unit by unit
    assert not any(unit.generated for unit in positions._units)


def test_a_leafs_text_is_its_token_and_parentheses_are_kept() -> None:
    text = "x = (1) + 2 + (y) + z + (True) + 3.5j\n"
    module = cst.parse_module(text)
    positions = Positions(module, text)
    leaves = [node for node in _libcst_locations(module)
              if isinstance(node, (cst.Name, cst.Integer, cst.Float, cst.Imaginary))]
    assert len(leaves) == 7
    assert [positions.text(n) for n in leaves] == [module.code_for_node(n) for n in leaves]


def test_call_and_subscript_text_from_the_source_is_libcsts() -> None:
    """A call's or subscript's text on one line is cut from the source; on several lines (in
    an indented block, whose indentation libcst's text of a lone node leaves out) it is
    generated, as is one in parentheses."""
    text = ("def f():\n    global g\n    d = {**k, 1: h[0](x)}\n    return (g(1,  2))[a:b] + m(\n        3)\n")
    module = cst.parse_module(text)
    positions = Positions(module, text)
    positions.expect(_collected(module))
    nodes = [n for n in _libcst_locations(module) if isinstance(n, (cst.Call, cst.Subscript))]
    assert len(nodes) == 5
    assert [positions.text(n) for n in nodes] == [module.code_for_node(n) for n in nodes]
