"""A shape an object keeps as a list (`self.noise_shape = noise_shape`, built with
`Noise(noise_shape=[batch, window, n_columns])`): the list the site passes, so that
`torch.randn(self.noise_shape)` makes a tensor of known dims (Guillem96/madgan-pytorch#3)."""

from __future__ import annotations

from typing import Any

import libcst as cst


def kept_list(resolver: Any, scope: Any, attr: str) -> tuple[cst.BaseExpression, Any] | None:
    """The list or tuple literal (and its scope) that `self.<attr>` holds in this
    configuration: assigned once in the class, written there or passed by the site."""
    cls = scope.parent if scope is not None and scope.kind == "function" else None
    if cls is None or cls.kind != "class" or cls.bindings.get(attr):
        return None
    assigned = resolver.live_attributes(cls, attr)
    if len(assigned) != 1:
        return None
    value, method, _ = assigned[0]
    if isinstance(value, cst.Name):
        built = resolver.object_of(value.value, method)
        if built is None:
            return None
        value, method = built
    if isinstance(value, (cst.List, cst.Tuple)) \
            and not any(isinstance(e, cst.StarredElement) for e in value.elements):
        return value, method
    return None
