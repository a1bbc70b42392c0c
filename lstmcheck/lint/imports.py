"""A file's own import table: which local names stand for torch, and what a dotted callee means.

This replaces libcst's qualified-name metadata (several times the cost of the parse) with a
few dictionary look-ups: `import torch.nn as nn` binds `nn` to "torch.nn", `from torch.nn
import LSTM as Rec` binds `Rec` to "torch.nn.LSTM", and `nn.LSTM` then resolves to
"torch.nn.LSTM", which is one of the six constructors.
"""

from __future__ import annotations

import libcst as cst

from lstmcheck.signatures import CLASS_NAMES, CONSTRUCTORS, TORCH_MODULES, Constructor

# "torch.nn.LSTM", "torch.nn.modules.rnn.GRU", ...: every path that names a constructor.
CONSTRUCTOR_PATHS: dict[str, Constructor] = {
    f"{module}.{name}": CONSTRUCTORS[name] for module in TORCH_MODULES for name in CLASS_NAMES
}


def dotted(node: cst.BaseExpression) -> str | None:
    """`torch.nn.LSTM` -> "torch.nn.LSTM"; None for anything that is not a plain dotted name."""
    parts: list[str] = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if not isinstance(node, cst.Name):
        return None
    parts.append(node.value)
    return ".".join(reversed(parts))


def import_bindings(node: cst.Import | cst.ImportFrom) -> list[tuple[str, str]]:
    """The (local name, full dotted path) pairs an import statement binds.

    `import torch.nn` binds `torch` to "torch"; relative imports bind paths that start with
    "." and so never resolve to torch. A star import is returned as ("*", module).
    """
    out: list[tuple[str, str]] = []
    if isinstance(node, cst.Import):
        for alias in node.names:
            full = dotted(alias.name) or ""
            if alias.asname is not None:
                out.append((_asname(alias), full))
            else:
                first = full.split(".")[0]
                out.append((first, first))
        return out
    module = dotted(node.module) if node.module is not None else ""
    prefix = "." * len(node.relative) + (module or "")
    if isinstance(node.names, cst.ImportStar):
        return [("*", prefix)]
    for alias in node.names:
        name = dotted(alias.name) or ""
        local = _asname(alias) if alias.asname is not None else name
        out.append((local, f"{prefix}.{name}" if prefix else name))
    return out


def _asname(alias: cst.ImportAlias) -> str:
    asname = alias.asname
    assert asname is not None
    target = asname.name
    return target.value if isinstance(target, cst.Name) else dotted(target) or ""  # type: ignore[arg-type]


def star_provides(module_path: str, name: str) -> bool:
    """Whether `from module_path import *` brings one of the six classes in as `name`."""
    return f"{module_path}.{name}" in CONSTRUCTOR_PATHS


def constructor_for(path: str | None) -> Constructor | None:
    return CONSTRUCTOR_PATHS.get(path) if path else None
