"""An `nn.Sequential` holding a module of the file (`nn.Sequential(nn.LayerNorm(d),
Linear(d, n))` with `Linear` the file's own wrapper): applied part by part as the walk applies
each layer, so every part is a feed of its own and a module's forward is inlined with what the
parts before it made."""

from __future__ import annotations

from typing import Any

from lstmcheck.lint.flow.normed import normed
from lstmcheck.lint.flow.spatial import CHAIN, applied
from lstmcheck.lint.flow.values import Layer, Tup, Val
from lstmcheck.records import Tensor

# parts whose output is their input's shape: what follows them is fed the features of the
# layer that made their input, as in a Sequential of torch's layers alone
KEEPING_PARTS = frozenset({"keep", "last-norm", "channel-norm"})
PARTS = "parts"  # a Sequential with a module of the file among its parts
# the parts the walk can apply one after the other (a Sequential of torch's layers alone is a
# "sequential", "keep" or CHAIN layer, as before)
APPLIED_KINDS = frozenset({"linear", "keep", "last-norm", "channel-norm", "conv1d", "spatial",
                           "sequential", CHAIN, "module"})


def parts_layer(parts: list[Layer], location: Any, text: str) -> Layer | None:
    """The Sequential as parts applied in order, when one of them is a module of the file
    and the walk can apply every part."""
    if not any(p.kind == "module" for p in parts) or any(p.kind not in APPLIED_KINDS for p in parts):
        return None
    sites = [(p.name, p.location.line) for p in parts if p.kind == "module"]
    if len(set(sites)) != len(sites):
        return None  # two modules of a class on one line: which site's values each has is not known
    return Layer(PARTS, "Sequential", location, text, options=(("parts", tuple(parts)),))


def apply_parts(walker: Any, layer: Layer, node: Any, data: Val) -> Val:
    """What the parts make of `data`, each applied by the walk (`walker._apply`) to what the
    part before it gave; a part that gives a tuple or nothing known ends what is known."""
    value = data
    for part in dict(layer.options)["parts"]:
        if part.kind in ("spatial", CHAIN):
            value = applied(part, value, walker.resolver.location(node))
        else:
            given, value = value, walker._apply(part, node, [value], {})
            if part.kind in KEEPING_PARTS and isinstance(given, Tensor) and given.dims is not None:
                value = given  # the same features, still the layer's that made them
            else:
                value = normed(part, given, value, walker.resolver.location(node))
        if isinstance(value, Tup):
            return None
    return value
