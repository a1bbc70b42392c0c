"""Convolution and pooling layers over 2 or 3 spatial dims (and pooling over 1), and
Sequentials that chain them (a CRNN's conv stack before its LSTM): what each makes of a tensor
whose sizes the walk knows. Their options must be numbers or tuples of numbers the file
writes; anything else leaves the layer's output unknown. No rule judges these layers: they
only carry shapes on to the recurrent layer or head after them."""

from __future__ import annotations

from typing import Any, Callable

import libcst as cst

from lstmcheck.lint.flow.values import Layer
from lstmcheck.lint.shapefns import spatial, views
from lstmcheck.lint.shapefns.modules import conv1d
from lstmcheck.records import Location, Tensor
from lstmcheck.sizes import Size

# class -> (op, spatial dims)
SPATIAL = {
    "Conv2d": ("conv", 2), "Conv3d": ("conv", 3),
    "MaxPool1d": ("pool", 1), "MaxPool2d": ("pool", 2), "MaxPool3d": ("pool", 3),
    "AvgPool1d": ("pool", 1), "AvgPool2d": ("pool", 2), "AvgPool3d": ("pool", 3),
    "AdaptiveAvgPool1d": ("adaptive", 1), "AdaptiveAvgPool2d": ("adaptive", 2),
    "AdaptiveMaxPool1d": ("adaptive", 1), "AdaptiveMaxPool2d": ("adaptive", 2),
}
# Modules whose output has the input's shape whatever its rank (besides layers.py's).
KEEPING = frozenset({
    "BatchNorm2d", "BatchNorm3d", "InstanceNorm2d", "InstanceNorm3d", "GroupNorm",
    "Dropout2d", "Dropout3d", "ReLU", "LeakyReLU", "ELU", "Hardtanh", "Tanh", "Sigmoid", "GELU",
    "SiLU", "Identity", "Dropout",
})
CHAIN = "chain"  # a Sequential with a spatial part: applied part by part
# The positional order of each op's options after the channels.
_POSITIONS = {
    "conv": ("in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation"),
    "pool": ("kernel_size", "stride", "padding", "dilation"),
    "adaptive": ("output_size",),
}
_DEFAULTS = {"stride": None, "padding": 0, "dilation": 1}


def _ints(node: cst.BaseExpression | None, n: int, number: Callable[[cst.BaseExpression], int | None],
          none_ok: bool = False) -> tuple | None:
    """An int for every spatial dim, from `3` or `(3, 1)`; None when not known."""
    if node is None:
        return None
    if isinstance(node, (cst.Tuple, cst.List)):
        items = [e.value for e in node.elements]
        if len(items) != n or any(isinstance(e, cst.StarredElement) for e in node.elements):
            return None
        values = [None if none_ok and isinstance(i, cst.Name) and i.value == "None" else number(i) for i in items]
        if any(v is None for v, i in zip(values, items) if not (none_ok and isinstance(i, cst.Name)
                                                                  and i.value == "None")):
            return None
        return tuple(values)
    value = number(node)
    return None if value is None else (value,) * n


def spatial_layer(name: str, positional: list, keywords: dict, location: Location, text: str,
                  number: Callable[[cst.BaseExpression], int | None],
                  size: Callable[[cst.BaseExpression], Size | None]) -> Layer | None:
    """The layer of `nn.<name>(...)`, its options read as ints (None: not a spatial layer)."""
    if name not in SPATIAL:
        return None
    op, n = SPATIAL[name]
    order = _POSITIONS[op]
    given = dict(zip(order, positional))
    given.update({k: v for k, v in keywords.items() if k in order or k == "ceil_mode"})
    options: dict[str, Any] = {"op": op, "n": n, "average": name.startswith("Avg")}
    if op == "adaptive":
        options["output_size"] = _ints(given.get("output_size"), n, number, none_ok=True)
        return Layer("spatial", name, location, text, options=tuple(options.items()))
    for key in order:
        if key in ("in_channels", "out_channels"):
            continue
        node = given.get(key)
        if node is None:
            default = _DEFAULTS.get(key)
            options[key] = None if default is None else (default,) * n
        elif key == "padding" and isinstance(node, cst.SimpleString) and node.evaluated_value in ("same", "valid"):
            options[key] = node.evaluated_value
        else:
            options[key] = _ints(node, n, number)
    if options["stride"] is None and "stride" not in given:
        options["stride"] = options["kernel_size"] if op == "pool" else (1,) * n
    ceil = given.get("ceil_mode")
    options["ceil_mode"] = False if ceil is None else (
        True if isinstance(ceil, cst.Name) and ceil.value == "True" else
        False if isinstance(ceil, cst.Name) and ceil.value == "False" else None)
    out = given.get("out_channels") if op == "conv" else None
    return Layer("spatial", name, location, text, out_features=size(out) if out is not None else None,
                 options=tuple(options.items()))


def spatial_dims(layer: Layer, dims: tuple) -> tuple | None:
    """What a spatial layer makes of an input of `dims`."""
    options = dict(layer.options)
    if options["op"] == "flatten":
        return views.flatten(dims, options["start"], options["end"])
    op, n = options["op"], options["n"]
    if op == "adaptive":
        size = options["output_size"]
        return None if size is None else spatial.adaptive(dims, n, size)
    wanted = ("kernel_size", "stride", "padding", "dilation", "ceil_mode")
    if any(options.get(k) is None for k in wanted):
        return None
    if op == "conv":
        return spatial.conv(dims, n, layer.out_features, options["kernel_size"], options["stride"],
                            options["padding"], options["dilation"])
    if isinstance(options["padding"], str):
        return None
    return spatial.pool(dims, n, options["kernel_size"], options["stride"], options["padding"],
                        options["dilation"], options["ceil_mode"], options["average"])


def flatten_layer(positional: list, keywords: dict, location: Location, text: str,
                  number: Callable[[cst.BaseExpression], int | None]) -> Layer | None:
    """`nn.Flatten(start_dim=1, end_dim=-1)` with ints the file writes."""
    given = dict(zip(("start_dim", "end_dim"), positional))
    given.update(keywords)
    if set(given) - {"start_dim", "end_dim"}:
        return None
    start = 1 if "start_dim" not in given else number(given["start_dim"])
    end = -1 if "end_dim" not in given else number(given["end_dim"])
    if start is None or end is None:
        return None
    return Layer("spatial", "Flatten", location, text,
                 options=(("op", "flatten"), ("start", start), ("end", end)))


def _part_dims(part: Layer, dims: tuple) -> tuple | None:
    if part.kind == "spatial":
        return spatial_dims(part, dims)
    if part.kind in ("keep", "last-norm", "channel-norm"):
        return dims
    if part.kind == "linear":
        return dims[:-1] + (part.out_features,) if dims else None
    if part.kind == "conv1d":
        options = dict(part.options)
        if any(not isinstance(v, int) for v in options.values()):
            return None
        return conv1d(dims, part.out_features, options["kernel_size"], options["stride"],
                      options["padding"], options["dilation"])
    return None


def applied(layer: Layer, data: Any, location: Location) -> Tensor | None:
    """The tensor a spatial layer or a chain of parts makes of `data`, when its dims are known."""
    if not isinstance(data, Tensor) or data.dims is None:
        return None
    dims: tuple | None = data.dims
    for part in dict(layer.options)["parts"] if layer.kind == CHAIN else (layer,):
        dims = _part_dims(part, dims) if dims is not None else None
    if dims is None:
        return None
    return Tensor(dims, dims[-1] if dims else None, f"the {layer.name} at line {layer.location.line}",
                  location.line, made_at=location, unfit=data.unfit, past=data.past)


_FUNCTIONAL = {f"torch.nn.functional.{kind}_pool{n}d": (kind, n) for kind in ("max", "avg") for n in (1, 2, 3)}


def _per_dim(value: Any, n: int) -> tuple[int, ...] | None:
    """An int or a tuple of n ints, as the walk knows them."""
    if isinstance(value, Size):
        return None if value.value is None else (value.value,) * n
    items = getattr(value, "items", None)
    if items is None or len(items) != n or not all(isinstance(i, Size) and i.value is not None for i in items):
        return None
    return tuple(i.value for i in items)


def functional_pool(path: str, values: list, keywords: dict, made_at: Location) -> Tensor | None:
    """`F.max_pool1d(x, 2)`, `F.avg_pool2d(x, (2, 1), stride=1)`: the pooled tensor, when the
    input's dims and the window's ints are known (ceil_mode and return_indices not passed)."""
    if path not in _FUNCTIONAL or not values or not isinstance(values[0], Tensor) or values[0].dims is None:
        return None
    kind, n = _FUNCTIONAL[path]
    names = ("kernel_size", "stride", "padding") + (("dilation",) if kind == "max" else ())
    given = dict(zip(names, values[1:]))
    if len(values) > 1 + len(names) or set(keywords) - set(names):
        return None  # ceil_mode, return_indices, count_include_pad...: not followed
    given.update(keywords)
    kernel = _per_dim(given.get("kernel_size"), n)
    stride = kernel if given.get("stride") is None else _per_dim(given["stride"], n)
    padding = (0,) * n if "padding" not in given else _per_dim(given["padding"], n)
    dilation = (1,) * n if "dilation" not in given else _per_dim(given["dilation"], n)
    if kernel is None or stride is None or padding is None or dilation is None:
        return None
    dims = spatial.pool(values[0].dims, n, kernel, stride, padding, dilation, False, kind == "avg")
    if dims is None:
        return None
    return Tensor(dims, dims[-1], f"F.{path.rsplit('.', 1)[1]}(...) at line {made_at.line}", made_at.line,
                  made_at=made_at, unfit=values[0].unfit, past=values[0].past)
