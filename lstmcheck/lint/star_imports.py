"""Star imports of a project's own modules: `from utils import *` where utils.py says
`import torch.nn as nn` brings `nn` in, and `nn.LSTM(...)` is then torch's layer.

Research code often gathers its imports in one module and star-imports it everywhere; without
this, no layer in those files is seen at all. Only the module's own import statements count
(read with `ast`, never run): a name the module also assigns, or leaves out of a literal
`__all__`, is not followed; the module's own star imports are followed in turn, three levels
deep, each module found beside the one that imports it (`from utils import *` in model.py,
`from parameters import *` in utils.py, `import torch.nn as nn` there). The module is
found next to the file (`from utils import *`, `from .utils import *`, `from ..pkg.utils
import *`: the folder a script runs from, or the package), as a `.py` file or a package's
`__init__.py`; anything else is left unknown, as before.
"""

from __future__ import annotations

import ast
from functools import lru_cache

from lstmcheck.lint.local_modules import module_text, parsed


def torch_names(source: bytes) -> dict[str, str]:
    """The names a star import of this module's text brings in that stand for torch or a
    torch path: {"nn": "torch.nn", "LSTM": "torch.nn.LSTM", "torch": "torch"}, by its own
    import statements (its own star imports are `_facts`' third part, followed by the caller)."""
    return _facts(source)[0]


@lru_cache(maxsize=512)
def _facts(source: bytes) -> tuple[dict[str, str], frozenset[str], tuple[str, ...], frozenset[str] | None]:
    """(the torch names its own imports bring in, the names it binds otherwise, the modules
    it star-imports itself, its literal `__all__` or None). Every file that star-imports the
    module asks: the answer is kept per text."""
    tree = parsed(source)
    if tree is None:
        return {}, frozenset(), (), None
    stars: list[str] = []
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
                if alias.name == "*" and not module.startswith("torch"):
                    stars.append("." * statement.level + module)
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
    return names, frozenset(others | set(imported)), tuple(stars), \
        frozenset(exported) if exported is not None else None


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
        for name, torch_path in _through(path, module, STAR_DEPTH, frozenset()).items():
            if names.get(name, torch_path) != torch_path:
                clashing.add(name)
            names[name] = torch_path
    return {n: p for n, p in names.items() if n not in clashing}


STAR_DEPTH = 3  # `from utils import *` in model.py, `from parameters import *` in utils.py, ...


def _through(path: str, module: str, depth: int, seen: frozenset[str]) -> dict[str, str]:
    """The torch names `module` (as written in `path`) brings in: its own imports, then what
    its own star imports bring in, `depth` levels down, unless it binds, imports or leaves out
    of its `__all__` that name itself. A module met twice on the way brings in nothing more."""
    found = module_text(path, module)
    if found is None or found[0] in seen:
        return {}
    names, bound, stars, exported = _facts(found[1])
    names = dict(names)
    if depth > 1 and stars:
        deeper: dict[str, str] = {}
        clashing: set[str] = set()
        for star in stars:
            for name, torch_path in _through(found[0], star, depth - 1, seen | {found[0]}).items():
                if deeper.get(name, torch_path) != torch_path:
                    clashing.add(name)
                deeper[name] = torch_path
        for name, torch_path in deeper.items():
            if name in clashing or name in bound or name.startswith("_") \
                    or (exported is not None and name not in exported):
                continue
            names[name] = torch_path
    return names


def own_stars(source: bytes) -> tuple[str, ...]:
    """The project modules a module's text star-imports itself."""
    return _facts(source)[2]


def star_chain(path: str, module: str, depth: int = STAR_DEPTH) -> list[tuple[str, bytes]]:
    """(file, text) of every project module a star import of `module` reads, itself first,
    for the importing file's cache key: a change two levels down checks the file again."""
    out: list[tuple[str, bytes]] = []
    pending = [(path, module, depth)]
    seen: set[str] = set()
    while pending:
        where, name, left = pending.pop()
        found = module_text(where, name)
        if found is None or found[0] in seen:
            continue
        seen.add(found[0])
        out.append(found)
        if left > 1:
            pending += [(found[0], star, left - 1) for star in _facts(found[1])[2]]
    return out
