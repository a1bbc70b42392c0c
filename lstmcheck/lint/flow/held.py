"""Layers a module is given rather than builds: `Seq2Seq(encoder, decoder)`,
`WeightDrop(lstm, ["weight_hh"])`, whose `__init__` keeps them (`self.encoder = encoder`).

Where the instance is built from layers the walk knows, the instance remembers them (the
layer's `options["held"]`: attribute -> layer), and while its methods are inlined `self.encoder`
is that layer. Only a plain `self.X = param` assigned once, in `__init__`, outside any branch,
counts; anything else leaves `self.X` unknown, as before. A layer a base class of the file
builds (`self.rnn` of `BaseRNN`, read in a subclass's `forward`) is held the same way.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import libcst as cst

from lstmcheck.lint.flow.syntax import params
from lstmcheck.lint.flow.values import Layer, Val


class HeldLayers:
    """Mixin of the walker: the layers an instance of the file's own class was given."""

    def _holding(self, layer: Layer, node: cst.Call, passed: list[Val], named: dict[str, Val]) -> Layer:
        """The instance with the layers its constructor keeps, when it is passed any."""
        if layer.kind not in ("module", "object") or any(a.star for a in node.args) \
                or not any(isinstance(v, Layer) for v in (*passed, *named.values())):
            return layer
        cls = layer.forward.parent if layer.forward is not None else None
        init = cls.bindings.get("__init__", []) if cls is not None else []
        if len(init) != 1 or not isinstance(init[0].node, cst.FunctionDef):
            return layer
        names = params(init[0].node.params)
        if names[:1] == ["self"]:
            names = names[1:]
        bound = dict(zip(names, passed))
        bound.update({k: v for k, v in named.items() if k in names})
        held = []
        for attr, entries in cls.attribute_values.items():
            if len(entries) != 1 or cls.bindings.get(attr):
                continue
            value, method, conditions = entries[0]
            if isinstance(value, cst.Name) and not conditions and method.name == "__init__" \
                    and method.parent is cls and isinstance(bound.get(value.value), Layer):
                held.append((attr, bound[value.value]))
        if not held:
            return layer
        return replace(layer, options=layer.options + (("held", tuple(held)),))

    def _held_by(self, base: Any, attr: str) -> Layer | None:
        """`self.model.encoder`: a layer the instance `base` was given (`Translator(opt,
        NMTModel(encoder, decoder))`)."""
        if not isinstance(base, Layer) or base.kind not in ("module", "object"):
            return None
        return dict(dict(base.options).get("held", ())).get(attr)

    def _held(self, scope: Any, attr: str) -> Layer | None:
        """`self.encoder` in a method of an instance being inlined that was given it."""
        cls = scope.parent if scope is not None and scope.kind == "function" else None
        for owner, held in reversed(self._holders):
            if owner is cls:
                return dict(held).get(attr)
        return self._inherited(cls, attr)

    def _inherited(self, cls: Any, attr: str) -> Layer | None:
        """`self.rnn` in a subclass's method when the class never assigns it and its one base
        class of the file builds it once (`class Decoder(BaseRNN)`): that layer, sized as the
        subclass's `super().__init__(...)` builds it in this configuration."""
        if cls is None or cls.kind != "class" or cls.attribute_values.get(attr) or cls.bindings.get(attr):
            return None
        found = self.resolver._in_base(cls, attr, 0, lambda init: self._class_layers_of(init).get(attr))
        return found if isinstance(found, Layer) else None
