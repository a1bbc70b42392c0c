"""Whether a file's code, not its comments or docstrings, names one of the six classes.

The prefilter (lint/discover.py) parses a file only when one of the six class names appears
in its text as a word: a call resolves to `nn.LSTM` only through that name, written in the
file as a name, an attribute, an import or a string the file uses (`getattr(nn, "LSTM")`,
`{"lstm": "LSTM"}[kind]`). The same test on CPython's tree, which the engine has already
made, leaves out the comments and the docstrings (a string statement is never a value the
resolver reads): a file naming a layer only there holds no layer call, and libcst's parse,
the walk and the flow are spared. On 13 real packages this is about half of the parsed files.
"""

from __future__ import annotations

import ast
import re

from lstmcheck.signatures import CLASS_NAMES

_NAMES = frozenset(CLASS_NAMES)
# every class name holds one: a string holding one in any case may become one (`"lstm".upper()`,
# `"BiLSTM"[2:]`, `"nn.GRU".split(".")[-1]`: the resolver follows such string methods)
_STEMS = re.compile(r"rnn|lstm|gru", re.IGNORECASE)


def names_a_layer_in_code(nodes: list[ast.AST]) -> bool:
    """Whether one of CPython's `nodes` (every node of a module, parents before children, as
    `ast.walk` lists them) names one of the six classes as an identifier (a name, an
    attribute, an import, a definition, a parameter, a `global`), or holds `rnn`, `lstm` or
    `gru` in any case in a keyword's name or in a string or bytes literal that is not a
    statement of its own (a docstring)."""
    statements = set()
    names = _NAMES
    for node in nodes:
        kind = type(node)
        if kind is ast.Name:
            if node.id in names:
                return True
        elif kind is ast.Attribute:
            if node.attr in names:
                return True
        elif kind is ast.Constant:
            value = node.value
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            if isinstance(value, str) and id(node) not in statements and _STEMS.search(value):
                return True
        elif kind is ast.Expr:
            if type(node.value) is ast.Constant:  # a docstring, or a string standing alone
                statements.add(id(node.value))
        elif kind is ast.alias:
            if any(part in names for part in node.name.split(".")) or node.asname in names:
                return True
        elif kind is ast.ImportFrom:
            if node.module and any(part in names for part in node.module.split(".")):
                return True
        elif kind is ast.keyword:  # `dict(lstm="...")`: a keyword is a key, a string
            if node.arg is not None and _STEMS.search(node.arg):
                return True
        elif kind in _NAMED:
            if getattr(node, _NAMED[kind]) in names:
                return True
        elif kind is ast.Global or kind is ast.Nonlocal:
            if any(name in names for name in node.names):
                return True
        elif kind is ast.MatchAs or kind is ast.MatchStar:
            if node.name in names:
                return True
        elif kind is ast.MatchMapping:
            if node.rest in names:
                return True
        elif kind is ast.MatchClass:
            if any(name in names for name in node.kwd_attrs):
                return True
    return False


# nodes that bind or pass one identifier, and its field
_NAMED: dict[type, str] = {
    ast.FunctionDef: "name", ast.AsyncFunctionDef: "name", ast.ClassDef: "name",
    ast.arg: "arg", ast.ExceptHandler: "name",
}
