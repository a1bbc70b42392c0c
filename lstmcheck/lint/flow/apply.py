"""A layer applied to a tensor: the `Feed` the rules judge, and what the layer gives back."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import libcst as cst

from lstmcheck.lint.flow.chained import chained_feeds
from lstmcheck.lint.flow.squeezed import squeezed_mark
from lstmcheck.lint.flow.site_configs import sites_of_instance
from lstmcheck.lint.flow.batch_sizes import fixed_batch_of
from lstmcheck.lint.flow.values import Layer, Tup, Symbolic, Val, dim_key
from lstmcheck.lint.recurrent import RecurrentSizes, features_out, sizes_of
from lstmcheck.lint.shapefns import modules
from lstmcheck.records import Embedded, Feed, Location, Tensor
from lstmcheck.sizes import Size


class Applications:
    """Mixin of the walker: applying a layer."""

    def _in_site_configuration(self, layer: Layer, walk: Any) -> Val:
        """Run `walk` with the resolver in the configuration the instance's site builds."""
        held = dict(layer.options).get("held")
        if held is not None:  # `self.encoder` is the layer this instance was given
            self._holders.append((layer.forward.parent, held))
        try:
            values = self.site_values.get((layer.name, layer.location.line))
            if values is None:
                return walk()
            saved, self.resolver.config = self.resolver.config, {**self.resolver.config, **values}
            sites = self.site_values
            try:  # the classes it builds, with what this site passes (flow/site_configs.py)
                self.site_values = {**sites, **sites_of_instance(self, getattr(layer.forward, "parent", None))}
                return walk()
            finally:
                self.resolver.config = saved
                self.site_values = sites
        finally:
            if held is not None:
                self._holders.pop()

    def _apply_module(self, layer: Layer, tensor: Tensor | None, args: list, kwargs: dict,
                      location: Location) -> Val:
        """A norm, a Conv1d or an attention layer: a Feed (no rule judges these yet; the
        feature dim the layer reads is `feature_dim`), and what it gives."""
        rank = None if tensor is None or tensor.dims is None else len(tensor.dims)
        if layer.kind in ("conv1d", "channel-norm"):
            feature_dim = None if rank is None else (1 if rank == 3 else (0 if layer.kind == "conv1d" else 1))
        else:
            feature_dim = -1
        self.feeds.append(Feed(self.path, layer.name, layer.location, layer.text, location, tensor,
                               in_features=layer.in_features, feature_dim=feature_dim))
        if tensor is None or tensor.dims is None:
            return tensor if layer.kind in ("last-norm", "channel-norm") else None
        origin = f"the {layer.name} at line {layer.location.line}"
        if layer.kind in ("last-norm", "channel-norm"):
            dims = modules.norm(tensor.dims)
        elif layer.kind == "conv1d":
            options = dict(layer.options)
            if any(not isinstance(options[k], int) for k in options):
                return None
            dims = modules.conv1d(tensor.dims, layer.out_features, options["kernel_size"],
                                  options["stride"], options["padding"], options["dilation"])
        else:
            return self._attention(layer, tensor, args, kwargs, location)
        if dims is None:
            return None
        return Tensor(dims, dims[-1] if dims else None, origin, location.line, made_at=location)

    def _attention(self, layer: Layer, query: Tensor, args: list, kwargs: dict, location: Location) -> Val:
        key = args[1] if len(args) > 1 else kwargs.get("key")
        value = args[2] if len(args) > 2 else kwargs.get("value")
        batch_first = dict(layer.options).get("batch_first")
        if batch_first is None or not all(isinstance(t, Tensor) and t.dims is not None
                                          for t in (key, value)):
            return None
        swap = (lambda d: (d[1], d[0]) + d[2:]) if batch_first and len(query.dims) == 3 else (lambda d: d)
        shapes = modules.multihead_attention(swap(query.dims), swap(key.dims), swap(value.dims),
                                             layer.in_features)
        if shapes is None:
            return None
        output, weights = swap(shapes[0]), shapes[1]
        origin = f"the MultiheadAttention at line {layer.location.line}"
        return Tup((Tensor(output, output[-1], origin, location.line, made_at=location),
                    Tensor(weights, weights[-1], origin, location.line, made_at=location)))

    def _apply(self, layer: Layer, node: cst.Call, args: list, kwargs: dict) -> Val:
        location = self.resolver.location(node)
        line = location.line
        data = args[0] if args else kwargs.get("input")
        tensor = data if isinstance(data, Tensor) else None
        if layer.kind == "keep":
            return tensor
        if layer.kind == "module":
            return self._in_site_configuration(layer, lambda: self._inline(layer.forward, args, kwargs))
        if layer.kind == "object":  # an object of the file that is not a module: not followed
            return None
        # Whatever goes in, an Embedding or a Linear that does not raise gives its own features.
        if layer.kind == "embedding":
            embedded = Embedded(layer.location, layer.in_features, layer.out_features)  # rules/vocabulary.py
            if tensor is None:
                return Tensor(None, layer.out_features, f"the Embedding at line {layer.location.line}", line,
                              made_at=location, embedded=embedded)
            dims = None if tensor.dims is None else tensor.dims + (layer.out_features,)
            return Tensor(dims, layer.out_features, f"the Embedding at line {layer.location.line}", line,
                          made_at=location, embedded=embedded, squeezed=squeezed_mark(tensor))
        if layer.kind in ("last-norm", "channel-norm", "conv1d", "attention"):
            return self._apply_module(layer, tensor, args, kwargs, location)
        if layer.kind in ("linear", "sequential"):
            self.feeds.append(Feed(self.path, layer.name, layer.location, layer.text, location,
                                   tensor, in_features=layer.in_features))
            self.feeds.extend(chained_feeds(layer, location, self.path))  # flow/chained.py
            if tensor is None:
                return Tensor(None, layer.out_features,
                              f"the {layer.name} at line {layer.location.line}", line, made_at=location)
            dims = None if tensor.dims is None else tensor.dims[:-1] + (layer.out_features,)
            # an op upstream that raises (a view, a row past the end) raises before this too
            return Tensor(dims, layer.out_features, f"the {layer.name} at line {layer.location.line}", line,
                          made_at=location, unfit=tensor.unfit, past=tensor.past,
                          squeezed=squeezed_mark(tensor))
        assert layer.record is not None
        states = args[1] if len(args) > 1 else kwargs.get("hx")
        state_tensors: tuple[Tensor | None, ...] = ()
        sizes = sizes_of(layer.record)
        # An LSTM's states are a pair, the others' a tensor; the wrong form is kept as it is
        # (one state for an LSTM, a tuple of any length for a GRU) for LC009 to report.
        if isinstance(states, Tup):
            state_tensors = tuple(s if isinstance(s, Tensor) else None for s in states.items)
        elif isinstance(states, Tensor):
            state_tensors = (states,)
        if sizes.cell:
            batch_at: int | None = 0
        else:
            batch_at = None if sizes.batch_first is None else (0 if sizes.batch_first else 1)
        batches = self._short_batches(data, state_tensors, batch_at, 0 if sizes.cell else 1)
        fixed = fixed_batch_of(self, node, data, state_tensors, batch_at,  # flow/batch_sizes.py
                               0 if sizes.cell else 1, 2 if sizes.cell else 3)
        self.feeds.append(Feed(self.path, layer.name, layer.location, layer.text, location,
                               tensor, state_tensors, record=layer.record, batches=batches,
                               states_in_tuple=isinstance(states, Tup), fixed_batch=fixed))
        return recurrent_result(layer, sizes, data, location)


def recurrent_result(layer: Layer, sizes: RecurrentSizes, data: Val, made_at: Location) -> Val:
    """`output, h_n` (GRU, RNN), `output, (h_n, c_n)` (LSTM), `h` or `(h, c)` for a cell;
    each made at the call that applies the layer."""
    line = made_at.line
    at = f"line {layer.location.line}"
    bidirectional = sizes.directions is not None and sizes.directions.value == 2
    kind = f"{'bidirectional ' if bidirectional else ''}{layer.name}"
    batch: Size | None = None
    unbatched = False
    leading: tuple[Size | None, ...] | None = None
    packed = isinstance(data, Tensor) and data.packed
    if isinstance(data, Tensor) and data.dims is not None and not packed:
        rank = len(data.dims)
        unbatched = rank == (1 if sizes.cell else 2)
        if not unbatched and rank == (2 if sizes.cell else 3):
            batch = data.dims[0] if sizes.cell or sizes.batch_first else data.dims[1]
            leading = data.dims[:-1]
        elif unbatched:
            leading = data.dims[:-1]
    elif isinstance(data, Symbolic) and sizes.batch_first is not None:
        index = 0 if sizes.cell or sizes.batch_first else 1
        batch = dim_key(data.key, index)
        leading = (batch,) if sizes.cell else tuple(dim_key(data.key, i) for i in range(2))
    h_out = sizes.hidden_size if sizes.cell else sizes.h_out
    cell_size = sizes.hidden_size
    # read as batched although nothing shows the input's rank (or only a guess did)
    assumed = isinstance(data, Symbolic) or (isinstance(data, Tensor) and data.rank_assumed)

    def state(size: Size | None, name: str) -> Tensor:
        if sizes.cell:
            dims = (size,) if unbatched else (batch, size)
        else:
            first = sizes.layers_times_directions
            dims = (first, size) if unbatched else (first, batch, size)
        return Tensor(dims, size, f"{name} of the {kind} at {at}", line, layer.location,
                      part=name, made_at=made_at, rank_assumed=assumed)

    if sizes.cell:
        h = state(h_out, "h")
        return Tup((h, state(cell_size, "c"))) if sizes.lstm else h
    features = features_out(sizes)
    out_dims = None if leading is None or packed else leading + (features,)
    output = Tensor(out_dims, features, f"the output of the {kind} at {at}", line, layer.location,
                    packed=packed, part="output", made_at=made_at, rank_assumed=assumed)
    h_n = state(h_out, "h_n")
    if packed:
        h_n = replace(h_n, dims=(sizes.layers_times_directions, None, h_out))
    if sizes.lstm:
        c_n = state(cell_size, "c_n")
        if packed:
            c_n = replace(c_n, dims=(sizes.layers_times_directions, None, cell_size))
        return Tup((output, Tup((h_n, c_n))))
    return Tup((output, h_n))
