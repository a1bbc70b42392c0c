"""Where a node sits in the module and its source text: asked only for nodes a record keeps."""

from __future__ import annotations

from typing import Any

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from lstmcheck.records import Location


class Positions:
    """Positions cost more than the parse itself: they are computed on the first question, so
    only files with calls to report pay."""

    def __init__(self, module: cst.Module) -> None:
        self.module = module
        self._ranges: Any = None

    def location(self, node: cst.CSTNode) -> Location:
        if self._ranges is None:
            self._ranges = MetadataWrapper(self.module, unsafe_skip_copy=True).resolve(PositionProvider)
        r: CodeRange = self._ranges[node]
        return Location(r.start.line, r.start.column + 1, r.end.line, r.end.column + 1)

    def text(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)
