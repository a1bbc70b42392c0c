"""A state carried from one call to the next: `forward` reads `self.hidden` and, below the read,
stores the recurrent layer's final state there (`out, self.hidden = self.gru(x, h0)`).

From the second call on, the state read is the one the previous call's batch made: its batch
is that batch's. Where the file cuts its data with a DataLoader that keeps a shorter last batch
(no `drop_last=True`, a batch size given), the last batch meets the state of a full one. The
flow records it as a `Feed` of kind `CARRIED_STATE` (LC009 words a warning: it rests on the data
not filling the last batch) only when nothing but `__init__` and the reading method assigns the
attribute (no `reset_state()`, no `model.hidden = ...` from outside), and the reading method
does not assign it before the read (`if self.hidden is None or ...: self.hidden = zeros(...)`).
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.batches import LOADERS, short_batch_argument
from lstmcheck.lint.flow.syntax import is_self
from lstmcheck.lint.flow.values import Layer
from lstmcheck.lint.walk import walk
from lstmcheck.records import CARRIED_STATE, CarriedState, Feed, Location


class _Stores(cst.CSTVisitor):
    """`out, self.X = self.L(...)` in one method's own body: X -> (L, the assignment)."""

    def __init__(self) -> None:
        self.found: dict[str, list[tuple[str, cst.Assign]]] = {}
        self.uses: set[int] = set()  # reads of `self.X` used as a state: `h0 = self.X`, `self.L(x, self.X)`

    def visit_Assign(self, node: cst.Assign) -> None:
        value = node.value
        self._use(value)
        if isinstance(value, cst.Call):
            for arg in value.args:
                self._use(arg.value)
        if not (isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute)
                and is_self(value.func.value)):
            return
        for target in node.targets:
            element = target.target
            if isinstance(element, (cst.Tuple, cst.List)) and len(element.elements) == 2:
                state = element.elements[1].value
                if isinstance(state, cst.Attribute) and is_self(state.value):
                    self.found.setdefault(state.attr.value, []).append((value.func.attr.value, node))

    def _use(self, node: cst.BaseExpression) -> None:
        """`self.X`, or `self.X.detach()` / `.clone()` of it."""
        while isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) \
                and node.func.attr.value in ("detach", "clone", "contiguous") and not node.args:
            node = node.func.value
        if isinstance(node, cst.Attribute) and is_self(node.value):
            self.uses.add(id(node))

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False


class CarriedStates:
    """Mixin of the walker: `self.X` read where the previous call stored a layer's state."""

    def _carried_state(self, scope: Any, attr: str, read: cst.CSTNode) -> None:
        cls = scope.parent if scope is not None and scope.kind == "function" else None
        if cls is None or cls.kind != "class" or scope.name == "__init__" \
                or not isinstance(scope.node, cst.FunctionDef):
            return
        entries = cls.attribute_values.get(attr, [])
        if not any(e[1] is scope for e in entries) \
                or any(e[1] is not scope and not (e[1].name == "__init__" and e[1].parent is cls) for e in entries):
            return
        location = self.resolver.location(read)  # type: ignore[attr-defined]
        seen = self.__dict__.setdefault("_carried_seen", set())
        if (location.line, location.column) in seen:
            return
        if attr in self._foreign_attributes() \
                or any(at < location.line for at in self._self_assignments(scope).get(attr, ())):  # type: ignore[attr-defined]
            return
        stores = self.__dict__.setdefault("_carried_stores", {})
        if id(scope.node) not in stores:
            found = _Stores()
            walk(scope.node.body, found)
            stores[id(scope.node)] = found
        if id(read) not in stores[id(scope.node)].uses:
            return  # `if self.hidden is not None:`, `self.hidden.size(1)`: not the state given
        stored = stores[id(scope.node)].found.get(attr, [])
        layers = self._class_layers_of(scope)  # type: ignore[attr-defined]
        kept = [(layers.get(name), node) for name, node in stored]
        if len(kept) != 1 or not isinstance(kept[0][0], Layer):
            return
        layer, node = kept[0]
        if layer.kind != "recurrent" or layer.name.endswith("Cell") or layer.record is None:
            return
        loader = self._short_loader()
        if loader is None:
            return
        seen.add((location.line, location.column))
        carried = CarriedState(f"self.{attr}", layer.name, self.resolver.location(node), *loader)  # type: ignore[attr-defined]
        self.feeds.append(Feed(self.path, CARRIED_STATE, layer.location, layer.text, location,  # type: ignore[attr-defined]
                               None, (), carried=carried))

    def _short_loader(self) -> tuple[Location, int | None] | None:
        """The first DataLoader of the file given a batch size (not 1) and no drop_last=True or
        batch sampler: where it is, and its batch size when the file writes a number."""
        if "_short_loader_found" in self.__dict__:
            return self.__dict__["_short_loader_found"]
        found = None
        self._sources_of_file()  # type: ignore[attr-defined]  # (batches.py lists the file's calls)
        for call, scope in getattr(self, "_calls_of_file", []):
            if self.resolver.path_of(call.func, scope) not in LOADERS or any(a.star for a in call.args):  # type: ignore[attr-defined]
                continue
            given = short_batch_argument(call, sampler_too=True)
            if given is None:
                continue  # drop_last, a sampler, or batches of one: none is shorter
            size = self._number(given.value, scope)  # type: ignore[attr-defined]
            if size is not None and size < 2:
                continue
            found = (self.resolver.location(call), size)  # type: ignore[attr-defined]
            break
        self.__dict__["_short_loader_found"] = found
        return found
