"""Which top-level statements of a file the analysis can need: the others are blanked out
before libcst parses the file, so they cost no parse, no walk and no flow.

The analysis ties one statement to another only through something both write: a name (a
binding and its uses, a call and its function, a class and its sites), an attribute (`self.
h0` set in one method and read in another, `cfg.hidden` set from outside), a keyword or a
parameter, a string that becomes one of these (`getattr(nn, "LSTM")`, argparse's `--hidden`
read as `args.hidden`, a dict key). So the statements kept are those that name a layer (the
same test as `lint/named.py`'s gate), those that do something to the whole module no word
tells (`setattr` of a computed name, `globals()`, `exec`, `__dict__`, a star import), those
the analysis reads by value rather than through a word (`_read_by_value`: a batch source, a
top-level `raise`), and every statement that shares a word with a kept one, until nothing
more is added. A statement that shares no word with them cannot change what the analysis
says of them. An analysis that comes to read the whole file by value adds its statements to
`_read_by_value`.

Two kinds of words tie nothing, since nothing in the file can change what they mean: a name
that only top-level imports bind (`torch`, `nn`, `F`), and a builtin the file never binds
(`len`, `range`). Imports themselves are always kept (they read nothing of the file), and so
is a docstring; they add no words.

Blanked statements become empty lines, so every kept line and column stays where it was, and
the lines after the last kept statement are left out; CPython's parse of the result must keep
the same statements, or the whole text is used.
"""

from __future__ import annotations

import ast
import builtins
import re

from lstmcheck.lint.named import names_a_layer_in_code
from lstmcheck.lint.python_nodes import python_walk
from lstmcheck.signatures import CLASS_NAMES

_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # CPython's line breaks
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_BUILTINS = frozenset(dir(builtins))
_LAYER_NAMES = frozenset(CLASS_NAMES)
# names and attributes that reach the module or an object by a name no word tells
_DYNAMIC_NAMES = frozenset({"globals", "locals", "vars", "eval", "exec", "compile", "setattr",
                            "delattr", "__import__", "__builtins__"})
_DYNAMIC_ATTRIBUTES = frozenset({"__dict__", "__setattr__", "__getattr__", "__getattribute__",
                                 "__delattr__", "__class__", "modules", "builtins"})
_MIN_STATEMENTS = 4  # fewer top-level statements: nothing worth the pass
_MIN_BLANKED = 0.2  # less than this share of the lines blanked: the whole text is parsed


class Needed:
    """The text libcst is to parse: `text` with the statements no kept one can reach blanked,
    and CPython's tree of it (for the positions); `blanked` counts those statements."""

    __slots__ = ("blanked", "text", "tree")

    def __init__(self, text: str, tree: ast.Module, blanked: int) -> None:
        self.text = text
        self.tree = tree
        self.blanked = blanked


class _Statement:
    """One top-level statement (or several sharing a line: `a = 1; b = 2`), its lines, and
    the words it writes."""

    __slots__ = ("first", "kept", "last", "names", "nodes", "spreads", "words")

    def __init__(self, nodes: list[ast.stmt]) -> None:
        self.nodes = nodes
        self.first = _first_line(nodes[0])
        self.last = max(node.end_lineno or node.lineno for node in nodes)
        self.words: set[str] = set()  # its words but the names it reads
        self.names: set[str] = set()  # the names it reads
        self.kept = False
        self.spreads = True


def needed(text: str, tree: ast.Module, nodes: list[ast.AST] | None = None) -> Needed | None:
    """The text to parse with only the statements the analysis can need, or None when the
    whole text is to be parsed (nothing, or too little, to leave out; anything unsure).
    `nodes`: the tree's `python_walk`, when the engine has listed them."""
    body = tree.body
    if len(body) < _MIN_STATEMENTS:
        return None
    statements = _grouped(body)
    if statements is None:
        return None
    of_statement = _nodes_by_statement(statements, python_walk(tree) if nodes is None else nodes)
    bound_by_code: set[str] = set()  # names something other than a top-level import binds
    imported: set[str] = set()
    layer_aliases: set[str] = set()
    loaders = {"DataLoader"} | {alias.asname or alias.name for top in body
                                if type(top) in (ast.Import, ast.ImportFrom) for alias in top.names
                                if "dataloader" in alias.name.lower()}
    for statement, nodes in zip(statements, of_statement):
        plain_import = all(type(n) in (ast.Import, ast.ImportFrom) for n in statement.nodes)
        names, words, bound, dynamic = _words(nodes)
        statement.words = words
        statement.names = names
        if plain_import:
            imported |= bound
            # `from torch.nn import GRU as Recurrent`: `Recurrent(...)` names a layer no word tells
            layer_aliases |= {alias.asname for n in statement.nodes for alias in n.names
                              if alias.asname and _LAYER_NAMES.intersection(alias.name.split("."))}
            statement.kept, statement.spreads = True, False
            if any(alias.name == "*" for n in statement.nodes for alias in n.names):
                return None  # a star import may bind any name: whatever binds it ties
            continue
        bound_by_code |= bound
        if _is_docstring(statement):
            statement.kept, statement.spreads = True, False
        elif dynamic or names_a_layer_in_code(nodes) or _read_by_value(statement, nodes, loaders):
            statement.kept = True
    for statement in statements:
        if not statement.kept and statement.names & layer_aliases:
            statement.kept = True
    silent = (imported | _BUILTINS) - bound_by_code  # names that tie nothing
    for statement in statements:
        statement.words |= statement.names - silent
    reached: set[str] = set()
    waiting = [s for s in statements if not s.kept]
    for statement in statements:
        if statement.kept and statement.spreads:
            reached |= statement.words
    changed = True
    while changed and waiting:
        changed = False
        still = []
        for statement in waiting:
            if statement.words & reached:
                statement.kept = changed = True
                reached |= statement.words
            else:
                still.append(statement)
        waiting = still
    if not waiting:
        return None
    lines = _LINE_BREAK.split(text)
    breaks = _LINE_BREAK.findall(text)
    blanked_lines = sum(s.last - s.first + 1 for s in waiting)
    if blanked_lines < _MIN_BLANKED * len(lines):
        return None
    for statement in waiting:
        for index in range(statement.first - 1, statement.last):
            lines[index] = ""
    out = [line + brk for line, brk in zip(lines, breaks)]
    if len(lines) > len(breaks):
        out.append(lines[-1])
    # What follows the last kept statement places nothing: libcst would make a node of each
    # blanked line there for no position's sake.
    blank = "".join(out[:max((s.last for s in statements if s.kept), default=0)])
    try:
        blank_tree = ast.parse(blank)
    except Exception:  # noqa: BLE001 - anything unsure: the whole text
        return None
    kept = [n for s in statements if s.kept for n in s.nodes]
    if len(blank_tree.body) != len(kept) or any(
            type(a) is not type(b) or a.lineno != b.lineno or a.col_offset != b.col_offset
            or a.end_lineno != b.end_lineno or a.end_col_offset != b.end_col_offset
            for a, b in zip(blank_tree.body, kept)):
        return None
    return Needed(blank, blank_tree, len(waiting))


def _read_by_value(statement: _Statement, nodes: list[ast.AST], loaders: set[str]) -> bool:
    """Whether the analysis may read the statement by what it holds rather than through a
    word: a `raise` of its own at the top level ends the module's walk there; and the file's
    batch sources (lint/flow/batches.py) meet a state by their size alone: a call of a
    `DataLoader` (or a name an import binds to one), a loop over `range(a, b, n)`. An
    analysis that comes to read other statements of the whole file by value adds them here."""
    for node in nodes:
        kind = type(node)
        if kind is ast.Call:
            func = node.func
            name = func.id if type(func) is ast.Name else func.attr if type(func) is ast.Attribute \
                else None
            if name == "range" and len(node.args) >= 3:
                return True
        elif kind is ast.Name or kind is ast.Attribute:
            name = node.id if kind is ast.Name else node.attr
            if name in loaders or "dataloader" in name.lower():
                return True
        elif kind is ast.alias:
            if "dataloader" in node.name.lower():
                return True
    own = list(statement.nodes)
    for node in own:  # the statement's own code, not the bodies it defines
        if type(node) is ast.Raise:
            return True
        if type(node) not in _SCOPES:
            own.extend(ast.iter_child_nodes(node))
    return False


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _nodes_by_statement(statements: list[_Statement], nodes: list[ast.AST]) -> list[list[ast.AST]]:
    """Each statement's nodes, in `nodes`' order (a node before its children), placed by the
    line each starts on; nodes without a line (operators, contexts, `arguments`) are left out:
    none of them is a word."""
    owner = [0] * (statements[-1].last + 1)
    for index, statement in enumerate(statements):
        owner[statement.first:statement.last + 1] = [index] * (statement.last - statement.first + 1)
    out: list[list[ast.AST]] = [[] for _ in statements]
    add = [each.append for each in out]
    unplaced = _UNPLACED
    for node in nodes:
        if type(node) in unplaced:  # a third of the nodes: each Name's Load, each operator
            continue
        line = getattr(node, "lineno", None)
        if line is not None:
            add[owner[line]](node)
    return out


# Node types CPython's grammar gives no position: contexts and operators (shared singletons).
_UNPLACED = frozenset(
    kind for kind in vars(ast).values()
    if isinstance(kind, type) and issubclass(kind, (ast.expr_context, ast.boolop, ast.operator,
                                                    ast.unaryop, ast.cmpop)))


def _first_line(node: ast.stmt) -> int:
    decorators = getattr(node, "decorator_list", None) or ()
    return min([node.lineno, *(d.lineno for d in decorators)])


def _grouped(body: list[ast.stmt]) -> list[_Statement] | None:
    """The top-level statements, those that share a line joined; None when CPython gives a
    statement no lines."""
    groups: list[list[ast.stmt]] = []
    last = 0
    for node in body:
        if getattr(node, "end_lineno", None) is None:
            return None
        if groups and _first_line(node) <= last:
            groups[-1].append(node)
        else:
            groups.append([node])
        last = max(last, node.end_lineno)
    return [_Statement(group) for group in groups]


def _is_docstring(statement: _Statement) -> bool:
    node = statement.nodes[0]
    return len(statement.nodes) == 1 and type(node) is ast.Expr and type(node.value) is ast.Constant


def _words(nodes: list[ast.AST]) -> tuple[set[str], set[str], set[str], bool]:
    """The names the nodes read; every other word they write (identifiers, and the words of
    string literals but docstrings); the names they bind; and whether they reach anything by
    a name no word tells."""
    names: set[str] = set()
    words: set[str] = set()
    bound: set[str] = set()
    dynamic = False
    docstrings = set()
    for node in nodes:
        kind = type(node)
        if kind is ast.Name:
            if type(node.ctx) is not ast.Load:
                words.add(node.id)
                bound.add(node.id)
            else:
                names.add(node.id)
                if node.id in _DYNAMIC_NAMES:
                    dynamic = True
        elif kind is ast.Expr:
            if type(node.value) is ast.Constant:  # a docstring, or a string standing alone
                docstrings.add(id(node.value))
        elif kind is ast.Attribute:
            words.add(node.attr)
            if node.attr in _DYNAMIC_ATTRIBUTES:
                dynamic = True
        elif kind is ast.Constant:
            value = node.value
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            if isinstance(value, str) and id(node) not in docstrings:
                words.update(_WORD.findall(value))
                words.add(value.lstrip("-").replace("-", "_"))  # argparse's dest
        elif kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            words.add(node.name)
            bound.add(node.name)
        elif kind is ast.arg:
            words.add(node.arg)
            bound.add(node.arg)
        elif kind is ast.keyword:
            if node.arg is not None:
                words.add(node.arg)
        elif kind is ast.alias:
            name = node.asname or node.name.partition(".")[0]
            words.add(name)
            words.update(node.name.split("."))
            bound.add(name)
            if node.name == "*":
                dynamic = True
        elif kind is ast.ImportFrom:
            if node.module:
                words.update(node.module.split("."))
        elif kind is ast.Global or kind is ast.Nonlocal:
            words.update(node.names)
            bound.update(node.names)
        elif kind is ast.ExceptHandler:
            if node.name:
                words.add(node.name)
                bound.add(node.name)
        elif kind is ast.MatchAs or kind is ast.MatchStar:
            if node.name:
                words.add(node.name)
                bound.add(node.name)
        elif kind is ast.MatchMapping:
            if node.rest:
                words.add(node.rest)
                bound.add(node.rest)
        elif kind is ast.MatchClass:
            words.update(node.kwd_attrs)
    return names, words, bound, dynamic
