"""Where a node sits in the module and its source text: asked only for nodes a record keeps."""

from __future__ import annotations

import ast
import re
from typing import Any

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from lstmcheck.lint.python_nodes import python_walk
from lstmcheck.lint.walk import TRIVIA, child_fields, trusted
from lstmcheck.records import Location

_NEWLINE = re.compile(r"\r\n?|\n")  # libcst's and CPython's line breaks
_DEFAULT = cst.MaybeSentinel.DEFAULT
_DEFINITIONS = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
# compound statements whose body is paired with CPython's: libcst's type -> CPython's types
_BLOCKS: dict[type, tuple[type, ...]] = {
    cst.If: (ast.If,), cst.For: (ast.For, ast.AsyncFor), cst.While: (ast.While,),
    cst.With: (ast.With, ast.AsyncWith)}
_NUMBERS = (cst.Integer, cst.Float, cst.Imaginary)  # one token each, CPython's Constant
NAMED_CONSTANTS = frozenset(("True", "False", "None"))  # a Name for libcst, a Constant for CPython
_CONSTANT_VALUES = (int, float, complex, bool, type(None))
_FROM_PYTHON = (*_NUMBERS, cst.Name, cst.Call, cst.Arg, cst.Subscript)  # placed from CPython's tree
_LEAVES = (*_NUMBERS, cst.Name)  # whose text is their token when they have no parentheses
_PYTHON_FIELDS: dict[type, tuple[str, ...]] = {}  # CPython's node type -> its fields but `ctx`
_GIVEN: list[tuple[str, ast.Module, list | None]] = []  # CPython's tree of the text just checked
_UNSET = object()


def was_given(text: str) -> bool:
    """Whether CPython's tree of this very text was handed over: CPython accepted it."""
    return bool(_GIVEN) and _GIVEN[0][0] is text


def given_tree(text: str, tree: ast.Module, nodes: list[ast.AST] | None = None) -> None:
    """The engine has parsed `text` with CPython already (its guard before libcst): the
    `Positions` of that very text take this tree (and `nodes`, its `python_walk`, when the
    engine has listed them) rather than parsing it again."""
    _GIVEN[:] = [(text, tree, nodes)]


class _Unit:
    """A statement generated on its own: a top-level one, or one in a class's or function's
    body; the indentation around it, and the line CPython gives for its first token."""

    __slots__ = ("first_line", "generated", "indents", "inner", "placed", "python", "statement",
                 "whole", "written")

    def __init__(self, statement: cst.CSTNode, indents: tuple[str, ...], first_line: int,
                 python: list[ast.stmt]) -> None:
        self.statement = statement
        self.indents = indents
        self.first_line = first_line
        # (ranges, lines to add) once generated; None when it could not be placed
        self.generated: Any = False
        self.whole = False  # generated with its whole body (a def's own node was asked for)
        self.python = python  # CPython's statements of this unit
        self.inner: list[ast.stmt] = []  # ... whose bodies are units of their own
        self.written = Written()  # its own constants, calls and subscripts, as written
        self.placed: Any = False  # id(number) -> Location, from CPython's tree; None: cannot


class Written:
    """A part of the module's constants (numbers, True, False, None), calls and subscripts,
    each in the order written (outer first): what is placed from CPython's tree."""

    __slots__ = ("calls", "constants", "subscripts")

    def __init__(self) -> None:
        self.constants: list[cst.CSTNode] = []
        self.calls: list[cst.Call] = []
        self.subscripts: list[cst.Subscript] = []

    def note(self, node: cst.CSTNode) -> None:
        kind = type(node)
        if kind in _NUMBERS or kind is cst.Name and node.value in NAMED_CONSTANTS:  # type: ignore[attr-defined]
            self.constants.append(node)
        elif kind is cst.Call:
            self.calls.append(node)  # type: ignore[arg-type]
        elif kind is cst.Subscript:
            self.subscripts.append(node)  # type: ignore[arg-type]


class _Sink:
    """Where libcst's position-recording code generation writes its ranges."""

    def __init__(self) -> None:
        self._computed: dict[cst.CSTNode, CodeRange] = {}


class Positions:
    """libcst's positions (`PositionProvider`), without generating the code of the whole module.

    libcst computes positions by generating the text of the whole module, which costs more
    than parsing it. Here only the statements that hold a node asked about are generated: a
    method rather than its class, a top-level statement rather than the module. Each is placed
    at the line CPython's parser (`ast`) gives for its first token, and its generated text must
    be exactly the source there; a statement that cannot be placed so, or a file the two
    parsers see differently, falls back to libcst's whole-module positions. The locations are
    always the ones libcst gives."""

    def __init__(self, module: cst.Module, source: str | None = None) -> None:
        self.module = module
        self._source = source
        self._units: list[_Unit] | None = None
        self._owner: dict[int, _Unit | None] = {}  # id(node) -> the innermost unit holding it
        self._line_starts: list[int] | None = None
        self._whole: Any = None
        self._tree: Any = _UNSET
        self._nodes: Any = _UNSET
        self._written: Written | None = None  # the whole module's, from the one walk
        self._placed: dict[int, Location] | None = None  # ... placed from CPython's tree
        self._texts: dict[int, tuple[cst.CSTNode, str]] = {}  # id(node) -> (node, its text)

    def expect(self, written: Written) -> None:
        """The whole module's constants, calls and subscripts as written, noted by the one
        walk over it (`lint/scopes.py`): pairing them with CPython's places them without a
        walk of our own; what they cannot place is placed unit by unit."""
        self._written = written

    def python_tree(self) -> ast.Module | None:
        """CPython's tree of the source: the engine's when it parsed this very text, else
        parsed once here; None when CPython refuses the text (the resolver reads it too)."""
        if self._tree is _UNSET:
            given = _GIVEN.pop() if _GIVEN else None
            if given is not None and given[0] is self._source:
                self._tree = given[1]
                if given[2] is not None:
                    self._nodes = given[2]
            else:
                try:
                    self._tree = ast.parse(self.module.code if self._source is None else self._source)
                except Exception:  # noqa: BLE001 - whatever CPython refuses
                    self._tree = None
        return self._tree

    def python_nodes(self) -> list[ast.AST] | None:
        """Every node of `python_tree()` in `ast.walk`'s order, listed once for the file's
        several questions of it (the resolver's attributes, lists and hparams)."""
        if self._nodes is _UNSET:
            tree = self.python_tree()  # (the engine may have listed them with its tree)
            if self._nodes is _UNSET:
                self._nodes = None if tree is None else python_walk(tree)
        return self._nodes

    def location(self, node: cst.CSTNode) -> Location:
        if type(node) in _FROM_PYTHON:
            placed = self._from_python(node)
            if placed is not None:
                return placed
        found = self._generated(node)
        if found is not None:
            ranges, shift = found
            r = ranges[node]
        else:
            if self._whole is None:
                self._whole = MetadataWrapper(self.module, unsafe_skip_copy=True).resolve(
                    PositionProvider)
            r, shift = self._whole[node], 0
        return Location(r.start.line + shift, r.start.column + 1, r.end.line + shift,
                        r.end.column + 1)

    def text(self, node: cst.CSTNode) -> str:
        kind = type(node)
        if kind in _LEAVES and not node.lpar and not node.rpar:  # type: ignore[attr-defined]
            return node.value  # type: ignore[attr-defined]
        if (kind is cst.Call or kind is cst.Subscript) and not node.lpar:  # type: ignore[attr-defined]
            # its span holds all of its text; on one line, no indentation of the block
            # is in it (which libcst's text of a lone node leaves out)
            at = self._from_python(node)
            if at is not None and at.line == at.end_line:
                return self._line(at.line)[at.column - 1:at.end_column - 1]
        # generated once per node (a layer's call is asked for in each configuration); the
        # node is kept with its text, so that no other node can come to have its id
        found = self._texts.get(id(node))
        if found is None or found[0] is not node:
            found = self._texts[id(node)] = (node, self.module.code_for_node(node))
        return found[1]

    # from CPython's tree -------------------------------------------------------------------
    def _from_python(self, node: cst.CSTNode) -> Location | None:
        """A constant's (a number, True, False, None), a call's, an argument's or a
        subscript's location from CPython's tree, generating nothing: the module (or else the
        unit) holds as many of each kind in both trees, in the same order (libcst visits in
        the order of the text); a constant must read as its libcst token where CPython puts
        it, a call must have as many arguments and end in `)`, a subscript in `]`; else None
        (the unit is generated)."""
        if self._whole is not None or self._source is None or not trusted():
            return None
        if type(node) is cst.Name and node.value not in NAMED_CONSTANTS:  # type: ignore[attr-defined]
            return None
        if self._written is not None:
            if self._placed is None:
                tree = self.python_tree()
                self._placed = {} if tree is None else self._pair(
                    self._written, tree.body, (), self.python_nodes())
            found = self._placed.get(id(node))
            if found is not None:
                return found
        if self._units is None:
            self._units = self._place() or []
        unit = self._owner.get(id(node))
        if unit is None:
            return None
        if unit.placed is False:
            unit.placed = self._pair(unit.written, unit.python, unit.inner)
        return unit.placed.get(id(node))

    def _pair(self, written: Written, python: list[ast.stmt], inner: list[ast.stmt],
              every: list[ast.AST] | None = None) -> dict[int, Location]:
        """Locations of the `written` nodes, from CPython's nodes under its statements
        `python` (not under `inner` ones): each kind placed only if both trees hold as many.
        `every`: all of the module's nodes, listed already (`python_nodes`), for the whole
        module (each kind is sorted by position below, so the listing's order is no matter)."""
        skipped = {id(statement) for statement in inner}
        constants: list[Any] = []
        calls: list[Any] = []
        subscripts: list[Any] = []
        stack: list[Any] = [] if every is not None else list(python)
        fields = _PYTHON_FIELDS
        for item in every or ():
            kind = type(item)
            if kind is ast.Constant:
                if type(item.value) in _CONSTANT_VALUES:
                    constants.append(item)
            elif kind is ast.MatchSingleton or kind is ast.Call or kind is ast.Subscript:
                (constants if kind is ast.MatchSingleton else calls if kind is ast.Call
                 else subscripts).append(item)
        while stack:
            item = stack.pop()
            kind = type(item)
            if kind is ast.Name:
                continue
            if kind is ast.Constant:
                if type(item.value) in _CONSTANT_VALUES:
                    constants.append(item)
                continue
            if kind is ast.MatchSingleton:  # `case None:`
                constants.append(item)
                continue
            if id(item) in skipped:
                continue
            if kind is ast.Call:
                calls.append(item)
            elif kind is ast.Subscript:
                subscripts.append(item)
            names = fields.get(kind)
            if names is None:
                # (a list may hold other things: `global`'s names, a `**` entry's None key)
                names = fields[kind] = tuple(name for name in getattr(kind, "_fields", ())
                                             if name != "ctx")
            for name in names:
                child = getattr(item, name, None)
                if type(child) is list:
                    stack.extend(child)
                elif isinstance(child, ast.AST):
                    stack.append(child)
        placed: dict[int, Location] = {}
        if len(constants) == len(written.constants):
            constants.sort(key=lambda item: (item.lineno, item.col_offset))
            self._place_constants(written.constants, constants, placed)
        # the order of the text; a call holding another at its start comes first
        outer_first = lambda item: (item.lineno, item.col_offset,  # noqa: E731
                                    -item.end_lineno, -item.end_col_offset)
        if len(calls) == len(written.calls):
            calls.sort(key=outer_first)
            self._place_calls(written.calls, calls, placed)
        if len(subscripts) == len(written.subscripts):
            subscripts.sort(key=outer_first)
            self._place_subscripts(written.subscripts, subscripts, placed)
        return placed

    def _place_subscripts(self, nodes: list[cst.Subscript], python: list[Any],
                          placed: dict[int, Location]) -> None:
        found = {}
        for node, item in zip(nodes, python):
            location = self._python_location(item)
            if location is None or self._line(location.end_line)[
                    location.end_column - 2:location.end_column - 1] != "]":
                return
            found[id(node)] = location
        placed.update(found)

    def _place_constants(self, nodes: list[cst.CSTNode], python: list[Any],
                       placed: dict[int, Location]) -> None:
        found = {}
        for node, item in zip(nodes, python):
            token = node.value  # type: ignore[attr-defined]
            location = self._python_location(item)
            if location is None or location.line != location.end_line \
                    or location.end_column - location.column != len(token) \
                    or not self._line(location.line).startswith(token, location.column - 1):
                return
            found[id(node)] = location
        placed.update(found)

    def _place_calls(self, nodes: list[cst.Call], python: list[Any],
                     placed: dict[int, Location]) -> None:
        found = {}
        for node, item in zip(nodes, python):
            arguments = sorted((*item.args, *item.keywords),
                               key=lambda argument: (argument.lineno, argument.col_offset))
            location = self._python_location(item)
            if location is None or len(arguments) != len(node.args) \
                    or self._line(location.end_line)[location.end_column - 2:
                                                      location.end_column - 1] != ")":
                return
            found[id(node)] = location
            for arg, argument in zip(node.args, arguments):
                if not arg.star and arg.keyword is None and (
                        arg.value.lpar or type(arg.value) is cst.GeneratorExp):  # type: ignore[attr-defined]
                    continue  # CPython's span leaves out its parentheses, libcst's holds them
                at = self._python_location(argument)
                if at is None:
                    return
                found[id(arg)] = at
        placed.update(found)

    def _python_location(self, item: Any) -> Location | None:
        """CPython's span of a node, in libcst's terms (characters, not UTF-8 bytes)."""
        starts = self._starts()
        if item.end_lineno is None or item.end_lineno > len(starts):
            return None
        return Location(item.lineno, self._column(item.lineno, item.col_offset) + 1,
                        item.end_lineno, self._column(item.end_lineno, item.end_col_offset) + 1)

    def _column(self, line: int, offset: int) -> int:
        text = self._line(line)
        if text.isascii():
            return offset
        return len(text.encode("utf-8")[:offset].decode("utf-8", "replace"))

    def _line(self, line: int) -> str:
        starts = self._starts()
        assert self._source is not None
        stop = starts[line] if line < len(starts) else len(self._source)
        return self._source[starts[line - 1]:stop]

    # units ---------------------------------------------------------------------------------
    def _generated(self, node: cst.CSTNode) -> Any:
        """The generated unit holding `node` (its ranges, the lines to add), or None."""
        if self._whole is not None or self._source is None:
            return None
        if self._units is None:
            self._units = self._place() or []
        unit = self._owner.get(id(node))
        if unit is None:
            return None
        if unit.generated is False:
            unit.generated = self._generate(unit)
        if unit.generated and node in unit.generated[0]:
            return unit.generated
        if not unit.whole:  # the def itself or its block, which its header alone does not span
            unit.whole = True
            unit.generated = self._generate(unit)
            if unit.generated and node in unit.generated[0]:
                return unit.generated
        return None

    def _place(self) -> list[_Unit] | None:
        """The units of the module and which unit holds each node; None when CPython's
        statements are not libcst's (or the walk is not trusted with this libcst)."""
        if not trusted():
            return None
        tree = self.python_tree()
        if tree is None:
            return None  # whatever CPython refuses: the whole module
        units: list[_Unit] = []
        if not self._match(self.module.body, tree.body, (), units):
            return None
        by_statement = {id(unit.statement): unit for unit in units}
        owner = self._owner
        # in the order of the text (children pushed last first), so that each unit's
        # constants, calls and subscripts are listed as written
        stack: list[tuple[Any, _Unit | None]] = [(s, None) for s in reversed(self.module.body)]
        while stack:
            node, unit = stack.pop()
            unit = by_statement.get(id(node), unit)
            # a node met twice (a tree built with a shared node): libcst places it where it
            # first generates it, which only the whole module tells
            owner[id(node)] = None if id(node) in owner else unit  # type: ignore[assignment]
            if unit is not None:
                unit.written.note(node)
            children = []
            for field in child_fields(node):
                child = getattr(node, field)
                kind = type(child)
                if kind is tuple or kind is list:
                    children.extend((item, unit) for item in child if type(item) not in TRIVIA)
                elif kind not in TRIVIA and child is not None and child is not _DEFAULT:
                    children.append((child, unit))
            children.reverse()
            stack.extend(children)
        return units

    def _match(self, statements: Any, python: list[ast.stmt], indents: tuple[str, ...],
               units: list[_Unit]) -> bool:
        """Pair libcst's statements with CPython's (`a = 1; b = 2` is one line for libcst, two
        statements for CPython); a class's or function's body is paired in turn."""
        at = 0
        for statement in statements:
            if at >= len(python):
                return False
            size = len(statement.body) if isinstance(statement, cst.SimpleStatementLine) else 1
            unit = _Unit(statement, indents, python[at].lineno, python[at:at + size])
            units.append(unit)
            if (isinstance(statement, (cst.ClassDef, cst.FunctionDef))
                    and isinstance(python[at], _DEFINITIONS)
                    or isinstance(python[at], _BLOCKS.get(type(statement), ()))) \
                    and isinstance(statement.body, cst.IndentedBlock):
                # a body's statements are units of their own: a node in a loop of `forward`
                # generates its line, not the loop (the rest of an if/try stays whole)
                block = statement.body
                indent = self.module.default_indent if block.indent is None else block.indent
                if not self._match(block.body, python[at].body, (*indents, indent), units):  # type: ignore[attr-defined]
                    return False
                unit.inner = python[at].body  # type: ignore[attr-defined]
            at += size
        return at == len(python)

    def _generate(self, unit: _Unit) -> Any:
        """The ranges of one unit's nodes and the lines to add to them; None when the unit
        cannot be placed for certain."""
        statement = unit.statement
        if not unit.whole and isinstance(statement, (cst.FunctionDef, cst.ClassDef)) \
                and isinstance(statement.body, cst.IndentedBlock) and statement.body.body:
            # its body's statements are units of their own: generate the header (and the
            # first statement, since a block is never empty), not the whole function
            statement = statement.with_changes(body=statement.body.with_changes(
                body=statement.body.body[:1], footer=()))
        try:
            from libcst.metadata.position_provider import PositionProvidingCodegenState

            sink = _Sink()
            state = PositionProvidingCodegenState(
                default_indent=self.module.default_indent,
                default_newline=self.module.default_newline, provider=sink)  # type: ignore[arg-type]
            state.indent_tokens.extend(unit.indents)
            statement._codegen(state)
            own = sink._computed[statement]
        except Exception:  # noqa: BLE001 - libcst's internals moved: its public way instead
            return None
        shift = unit.first_line - own.start.line
        starts = self._starts()
        if shift < 0 or shift >= len(starts):
            return None
        assert self._source is not None
        text = "".join(state.tokens)
        if not self._source.startswith(text, starts[shift]):
            # the module drops the file's last newline, which the statement generated
            last = state.tokens[-1] if state.tokens else ""
            if self.module.has_trailing_newline or self.module.footer \
                    or _NEWLINE.fullmatch(last) is None \
                    or self._source[starts[shift]:] != text[:-len(last)]:
                return None
        return sink._computed, shift

    def _starts(self) -> list[int]:
        """The offset in the source where each line begins (line 1 at index 0)."""
        if self._line_starts is None:
            assert self._source is not None
            self._line_starts = [0, *(m.end() for m in _NEWLINE.finditer(self._source))]
        return self._line_starts
