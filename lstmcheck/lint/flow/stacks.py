"""Stacks of layers written as a comprehension: `nn.ModuleList([nn.LSTMCell(...) for layer in
range(num_layers)])`, fairseq's decoder. Its first module is the comprehension's call (its
sizes as the call is written: a size that depends on the counter is unknown), and
`len(self.layers)` is the count of its range, as the configuration the instance's site builds
gives it. A mixin of the walker, in front of `Sequences`, whose plain lists it extends."""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.sequences import Seq
from lstmcheck.lint.flow.syntax import is_self
from lstmcheck.lint.flow.values import Layer, Val
from lstmcheck.records import Location
from lstmcheck.sizes import Size



class Stacks:
    """Mixin of the walker: ModuleLists built by a comprehension over `range(n)`."""

    def _comprehended(self, scope: Any, attr: str) -> tuple[cst.ListComp, Any] | None:
        """`self.<attr> = nn.ModuleList([<call> for <name> in range(<n>)])`, assigned once,
        in `__init__`: the comprehension and `__init__`'s scope."""
        built = self._module_list_built(scope, attr)  # type: ignore[attr-defined]
        if built is None:
            return None
        value, method = built
        if len(value.args) != 1 or value.args[0].keyword is not None or value.args[0].star:
            return None
        comp = value.args[0].value
        if not isinstance(comp, cst.ListComp) or comp.for_in.inner_for_in is not None or comp.for_in.ifs \
                or not isinstance(comp.elt, cst.Call):
            return None
        loop = comp.for_in.iter
        if not (isinstance(loop, cst.Call) and isinstance(loop.func, cst.Name) and loop.func.value == "range"
                and len(loop.args) == 1 and loop.args[0].keyword is None and not loop.args[0].star
                and self.resolver.lookup("range", method) is None):  # type: ignore[attr-defined]
            return None
        return comp, method

    def _module_list(self, scope: Any, attr: str) -> Seq | None:
        found = super()._module_list(scope, attr)  # type: ignore[misc]
        if found is not None:
            return found
        comprehended = self._comprehended(scope, attr)
        if comprehended is None:
            return None
        comp, method = comprehended
        layer = self._layer_of_call(comp.elt, method)  # type: ignore[attr-defined]
        return Seq(layer) if isinstance(layer, Layer) else None

    def _length(self, node: cst.Call, scope: Any, env: dict[str, Val]) -> Val:
        """`len(self.layers)` of such a stack: the count of its range."""
        arg = node.args[0].value if len(node.args) == 1 else None
        if isinstance(arg, cst.Attribute) and is_self(arg.value):
            comprehended = self._comprehended(scope, arg.attr.value)
            if comprehended is not None:
                comp, method = comprehended
                count = self.resolver.size(comp.for_in.iter.args[0].value, method)  # type: ignore[attr-defined]
                if isinstance(count, Size) and count.value is not None:
                    return count
        return super()._length(node, scope, env)  # type: ignore[misc]


def count_set_at(walker: Any, node: cst.BaseExpression, scope: Any) -> Location | None:
    """Where the count of `range(<node>)` is set, when a site passes it: the call that builds
    the class with that value (`LSTMDecoder(..., num_layers=args.decoder_layers)`), found
    through `len(self.layers)` of a stack built over `range(num_layers)`, a local bound once
    to that, or the parameter itself; None for a default or a literal."""
    for _ in range(3):  # a name bound to a name bound to `len(...)`
        if isinstance(node, cst.Name) and scope is not None:
            bindings = scope.bindings.get(node.value, [])
            if len(bindings) == 1 and bindings[0].kind == "assign" \
                    and isinstance(bindings[0].payload, cst.BaseExpression):
                node = bindings[0].payload
                continue
        break
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "len" \
            and len(node.args) == 1 and isinstance(node.args[0].value, cst.Attribute) \
            and is_self(node.args[0].value.value):
        comprehended = walker._comprehended(scope, node.args[0].value.attr.value)
        if comprehended is None:
            return None
        comp, scope = comprehended
        node = comp.for_in.iter.args[0].value
    value = walker.resolver.value(node, scope)
    if not value.known or value.defaulted or value.site_at is None:
        return None
    return value.site_at
