"""Star imports of a project's own modules: `from utils import *` where utils.py says
`import torch.nn as nn` brings `nn` in, and `nn.LSTM(...)` is then torch's layer.

Research code often gathers its imports in one module and star-imports it everywhere; without
this, no layer in those files is seen at all. Only the module's own import statements count
(read with `ast`, never run): a name the module also assigns, or leaves out of a literal
`__all__`, is not followed, nor are the module's own star imports (one level). The module is
found next to the file (`from utils import *`, `from .utils import *`, `from ..pkg.utils
import *`: the folder a script runs from, or the package), as a `.py` file or a package's
`__init__.py`; anything else is left unknown, as before.
"""

from __future__ import annotations

import ast
from functools import lru_cache

from lstmcheck.lint.local_modules import module_text, parsed


@lru_cache(maxsize=512)
def torch_names(source: bytes) -> dict[str, str]:
    """The names a star import of this module's text brings in that stand for torch or a
    torch path: {"nn": "torch.nn", "LSTM": "torch.nn.LSTM", "torch": "torch"}. Every file
    that star-imports the module asks: the answer is kept per text."""
    tree = parsed(source)
    if tree is None:
        return {}
    imported: dict[str, str] = {}
    others: set[str] = set()
    exported: set[str] | None = None
    for statement in _top_level(tree.body):
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                if alias.asname is not None:
                    _bind(imported, others, alias.asname, alias.name)
                else:
                    first = alias.name.split(".")[0]
                    _bind(imported, others, first, first)
        elif isinstance(statement, ast.ImportFrom):
            module = statement.module or ""
            for alias in statement.names:
                if alias.name == "*" or statement.level:
                    continue
                _bind(imported, others, alias.asname or alias.name, f"{module}.{alias.name}")
        else:
            for node in ast.walk(statement):
                if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                    others.add(node.id)
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    others.add(node.name)
            exported = _literal_all(statement, exported)
    names = {name: path for name, path in imported.items()
             if name not in others and not name.startswith("_")
             and (path == "torch" or path.startswith("torch."))}
    if exported is not None:
        names = {name: path for name, path in names.items() if name in exported}
    return names


def _top_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """The module's statements, with those of `try:` and `if` bodies (guarded imports) and
    without function and class bodies."""
    out: list[ast.stmt] = []
    for statement in body:
        if isinstance(statement, ast.Try):
            out += _top_level(statement.body)
            for handler in statement.handlers:
                out += _top_level(handler.body)
            out += _top_level(statement.orelse) + _top_level(statement.finalbody)
        elif isinstance(statement, ast.If):
            out += _top_level(statement.body) + _top_level(statement.orelse)
        else:
            out.append(statement)
    return out


def _bind(imported: dict[str, str], others: set[str], name: str, path: str) -> None:
    """A name imported twice from two places is not one path."""
    if imported.get(name, path) != path:
        others.add(name)
    imported[name] = path


def _literal_all(statement: ast.stmt, exported: set[str] | None) -> set[str] | None:
    if isinstance(statement, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in statement.targets):
        try:
            value = ast.literal_eval(statement.value)
        except (ValueError, SyntaxError):
            return set()  # an __all__ we cannot read exports what we cannot tell: nothing
        return {v for v in value if isinstance(v, str)} if isinstance(value, (list, tuple)) \
            else set()
    return exported


def star_torch_names(path: str, modules: list[str]) -> dict[str, str]:
    """For a file's star imports (`modules`, as written), the torch names they bring in. A name
    two modules bring in differently is left out. (The modules' texts key the file's cache
    entry through `local_modules.imported_key`.)"""
    names: dict[str, str] = {}
    clashing: set[str] = set()
    for module in modules:
        found = module_text(path, module)
        if found is None:
            continue
        for name, torch_path in torch_names(found[1]).items():
            if names.get(name, torch_path) != torch_path:
                clashing.add(name)
            names[name] = torch_path
    return {n: p for n, p in names.items() if n not in clashing}
