"""The project's own modules a file imports, read for what they state: `import config` then
`nn.LSTM(config.EMBED_DIM, config.HIDDEN)`, `from hparams import HIDDEN`.

Research code keeps its sizes in a module of constants; checked file by file, every size from
it was unknown, and a layer sized from it was never judged. A constant counts when the module
binds it exactly once, at its top level, to a literal or to arithmetic over literals and
constants bound before it (`HIDDEN = 256`, `OUT = 2 * HIDDEN`): a name rebound, bound in a
branch or a function, or declared `global` somewhere is not one value. The module is read with
`ast`, never run, and found beside the file or in its package (`module_file`). Its text becomes
part of the importing file's cache key (`imported_key`).
"""

from __future__ import annotations

import ast
import hashlib
import operator
import os
import re
from functools import lru_cache
from typing import Any

from lstmcheck.lint.sources import needs_decoding_first

# A module larger than this is not read (a generated file, a vendored bundle).
MAX_BYTES = 1_000_000


def module_file(path: str, module: str) -> str | None:
    """The file `import module` (or `from module import ...`) in `path` reads when it is a
    module of the project: beside the file (the folder a script runs from) or, for a relative
    import (`module` as written, with its leading dots), in its package."""
    dots = len(module) - len(module.lstrip("."))
    folder = os.path.dirname(os.path.abspath(path))
    for _ in range(max(dots - 1, 0)):
        folder = os.path.dirname(folder)
    parts = [p for p in module.lstrip(".").split(".") if p]
    if not parts:
        return None  # `from . import *`: the package's own __init__, not followed
    base = os.path.join(folder, *parts)
    for candidate in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(candidate):
            return candidate
    return None


_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
              ast.FloorDiv: operator.floordiv, ast.Div: operator.truediv, ast.Mod: operator.mod,
              ast.Pow: operator.pow}
# An import statement as written: `from .a import b, (c as d)` (groups 1, 2) or `import a.b as
# c, d` (group 3).
_STAR_IMPORT = re.compile(rb"^[ \t]*from[ \t]+[.\w]+[ \t]+import[ \t]*\*", re.MULTILINE)
_IMPORT = re.compile(rb"^[ \t]*(?:from[ \t]+([.\w]+)[ \t]+import[ \t]*(\([^)]*\)|[^\n#;]*)"
                     rb"|import[ \t]+([\w., \t]+))", re.MULTILINE)


def parsed(source: bytes) -> ast.Module | None:
    """CPython's tree of a project module's text; None for one too large, in an encoding
    Python must decode first, or that does not parse."""
    if needs_decoding_first(source) or len(source) > MAX_BYTES:
        return None
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError):
        return None


def constants(source: bytes) -> dict[str, Any]:
    """The module's constants: name -> a literal value (int, float, bool, str, or a tuple,
    list or dict of them)."""
    tree = parsed(source)
    if tree is None:
        return {}
    counts: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            counts[node.id] = counts.get(node.id, 0) + 1
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                counts[name] = counts.get(name, 0) + 2
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] = counts.get(node.name, 0) + 2
        elif isinstance(node, ast.alias):
            local = (node.asname or node.name).split(".")[0]
            counts[local] = counts.get(local, 0) + 2
    known: dict[str, Any] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            target, value = statement.target, statement.value
        else:
            continue
        if not isinstance(target, ast.Name) or counts.get(target.id) != 1:
            continue
        ok, literal = _value(value, known)
        if ok:
            known[target.id] = literal
    return known


def _value(node: ast.expr, known: dict[str, Any]) -> tuple[bool, Any]:
    """A literal, a constant bound before, or arithmetic over them; (False, None) otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str, bool)):
        return True, node.value
    if isinstance(node, ast.Name):
        return (True, known[node.id]) if node.id in known else (False, None)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        ok, value = _value(node.operand, known)
        return (True, -value) if ok and _number(value) else (False, None)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        (ok_left, left), (ok_right, right) = _value(node.left, known), _value(node.right, known)
        if not (ok_left and ok_right and _number(left) and _number(right)):
            return False, None
        try:
            result = _OPERATORS[type(node.op)](left, right)
        except (ArithmeticError, ValueError):
            return False, None
        return (True, result) if _number(result) and abs(result) < 2 ** 62 else (False, None)
    if isinstance(node, ast.IfExp):  # NUM_DIRS = 2 if BIDIRECTIONAL else 1
        ok, test = _value(node.test, known)
        return _value(node.body if test else node.orelse, known) if ok else (False, None)
    if isinstance(node, (ast.Tuple, ast.List)):
        items = [_value(item, known) for item in node.elts]
        if all(ok for ok, _ in items):
            values = [value for _, value in items]
            return True, tuple(values) if isinstance(node, ast.Tuple) else values
        return False, None
    if isinstance(node, ast.Dict) and all(k is not None for k in node.keys):
        pairs = [(_value(k, known), _value(v, known)) for k, v in zip(node.keys, node.values)]
        if all(ok_k and ok_v for (ok_k, _), (ok_v, _) in pairs):
            return True, {k: v for (_, k), (_, v) in pairs}
    return False, None


def _number(value: Any) -> bool:
    return isinstance(value, (int, float))  # bools too: `2 * BIDIRECTIONAL` is Python's 0 or 2


@lru_cache(maxsize=512)
def _read(path: str, stamp: tuple[int, int]) -> bytes | None:
    """A module's text, read once per run while it is unchanged (`stamp`: size, mtime)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError:
        return None
    return data if len(data) <= MAX_BYTES else None


def module_text(path: str, module: str) -> tuple[str, bytes] | None:
    """(file, text) of the project module `module` (as written in `path`'s import)."""
    found = module_file(path, module)
    if found is None or os.path.abspath(found) == os.path.abspath(path):
        return None
    try:
        status = os.stat(found)
    except OSError:
        return None
    text = _read(found, (status.st_size, status.st_mtime_ns))
    return None if text is None else (found, text)


@lru_cache(maxsize=512)
def _constants_of(text: bytes) -> dict[str, Any]:
    return constants(text)


def module_constants(path: str, module: str) -> tuple[str, dict[str, Any]] | None:
    """(the module's file, its constants), or None when it is not a module of the project."""
    found = module_text(path, module)
    if found is None:
        return None
    return found[0], _constants_of(found[1])


def _imported_modules(match: re.Match[bytes]) -> list[str]:
    """Every module an import statement may read: `import a.b` reads a.b; `from pkg import
    config` reads pkg and, when it is one, the module pkg.config (`from . import config`: the
    module .config beside the file), as the resolver follows `config.HIDDEN`."""
    if match.group(1) is None:
        return [part.split()[0] for part in match.group(3).decode("ascii", "replace").split(",")
                if part.split()]
    module = match.group(1).decode("ascii", "replace")
    listed = match.group(2).decode("ascii", "replace").strip("() \t\r\\")
    names = [part.split()[0] for part in listed.split(",") if part.split() and part.split()[0] != "*"]
    joined = module if module.endswith(".") else module + "."
    return [module] + [joined + name for name in names]


def imported_key(path: str, source: bytes) -> bytes:
    """What the project modules the file imports say, for its cache key: a change to
    `config.py` checks `model.py` again. Empty when it imports none."""
    digest = hashlib.sha256()
    seen = False
    for match in _IMPORT.finditer(source):
        names = _imported_modules(match)
        for name in names:
            found = module_text(path, name)
            if found is not None:
                seen = True
                digest.update(found[0].encode("utf-8", "surrogateescape") + b"\0" + found[1])
                if _STAR_IMPORT.search(found[1]):  # what its own star imports bring in (star_imports.py)
                    from lstmcheck.lint.star_imports import STAR_DEPTH, own_stars, star_chain

                    for star in own_stars(found[1]):
                        for deeper in star_chain(found[0], star, STAR_DEPTH - 1):
                            digest.update(deeper[0].encode("utf-8", "surrogateescape") + b"\0" + deeper[1])
    return digest.digest() if seen else b""
