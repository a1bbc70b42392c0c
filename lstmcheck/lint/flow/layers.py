"""Which constructor calls are layers the flow understands, and `self.X` layers of a class."""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow import branching
from lstmcheck.lint.flow.chained import BREAK, width_break
from lstmcheck.lint.flow.syntax import arguments, is_self
from lstmcheck.lint.flow.parts import parts_layer
from lstmcheck.lint.flow.spatial import CHAIN, KEEPING, SPATIAL, flatten_layer, spatial_layer
from lstmcheck.lint.flow.values import Layer, Val
from lstmcheck.lint.flow.wrapped import linear_wrapper, site_argument, wrapper_parts
from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.records import Location, Tensor
from lstmcheck.signatures import CONSTRUCTORS, effective
from lstmcheck.sizes import Size

NN_PREFIXES = ("torch.nn.", "torch.nn.modules.")
# nn modules whose output has the input's shape.
SHAPE_KEEPING_MODULES = frozenset({
    "Dropout", "Dropout1d", "AlphaDropout", "ReLU", "ReLU6", "Tanh", "Sigmoid", "GELU",
    "LeakyReLU", "ELU", "SELU", "SiLU", "Mish", "Softplus", "Softmax", "LogSoftmax",
    "LayerNorm", "Identity", "Hardtanh", "PReLU", "Softsign", "Tanhshrink",
})


# what a recurrent layer reads back of its constructor: `self.encoder.num_layers`
_SIZE_ATTRIBUTES = frozenset({"input_size", "hidden_size", "num_layers", "proj_size"})
_FLAG_ATTRIBUTES = frozenset({"bidirectional", "batch_first", "bias"})


def built_with(layer: Any, name: str) -> Size | bool | None:
    """`self.encoder.num_layers`, `self.rnn.bidirectional`: the value the recurrent layer was
    built with in the configuration walked (torch keeps each constructor argument as an
    attribute of that name), None when not known."""
    if not isinstance(layer, Layer) or layer.kind != "recurrent" or layer.record is None:
        return None
    record = layer.record
    ctor = CONSTRUCTORS[record.constructor]
    if name not in ctor.names:
        return None
    if name in _FLAG_ATTRIBUTES:
        value = effective(ctor, record.call, name)
        return bool(value.value) if value is not None and value.known else None
    if name not in _SIZE_ATTRIBUTES:
        return None
    sizes = sizes_of(record)
    if name == "proj_size":
        value = effective(ctor, record.call, name)
        return Size.number(value.value) if value is not None and value.is_int() else None
    return {"input_size": sizes.input_size, "hidden_size": sizes.hidden_size,
            "num_layers": sizes.num_layers}[name]


# Module methods that return the module itself: `nn.Linear(...).to(device)` is that Linear.
SELF_RETURNING = frozenset({"to", "cuda", "cpu", "float", "double", "half", "bfloat16", "train",
                            "eval", "requires_grad_", "type", "share_memory"})


def module_itself(value: cst.BaseExpression) -> cst.BaseExpression:
    """The constructor call under methods that return the module itself (`.to(device)`,
    `.cuda()`, `.double()`), or `value`."""
    while isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) \
            and value.func.attr.value in SELF_RETURNING and isinstance(value.func.value, cst.Call):
        value = value.func.value
    return value


class Layers:
    """Mixin of the walker: layer constructors and the layers a class holds."""

    def _layer_of_call(self, node: cst.Call, scope: Any) -> Layer | None:
        """A constructor call of a layer the flow understands."""
        path = self.resolver.callee(node.func, scope)
        if path is None and isinstance(node.func, cst.Name):
            return self._module_of_file(node, scope)
        if path is None or not path.startswith(NN_PREFIXES):
            return None
        name = path.rsplit(".", 1)[-1]
        location = self.resolver.location(node)
        text = self.resolver.text(node)
        if node in self.records:
            return Layer("recurrent", name, location, text, record=self._record_now(node))
        args = arguments(node)
        if name == "Linear":
            return Layer("linear", name, location, text,
                         in_features=self._arg_size(args, 0, "in_features", scope),
                         out_features=self._arg_size(args, 1, "out_features", scope))
        if name == "Embedding":
            return Layer("embedding", name, location, text,
                         in_features=self._arg_size(args, 0, "num_embeddings", scope),  # the vocabulary
                         out_features=self._arg_size(args, 1, "embedding_dim", scope))
        if name in ("LayerNorm", "BatchNorm1d", "InstanceNorm1d"):
            kind = "last-norm" if name == "LayerNorm" else "channel-norm"
            return Layer(kind, name, location, text,
                         in_features=self._arg_size(args, 0, "normalized_shape" if name == "LayerNorm"
                                                    else "num_features", scope))
        if name == "Conv1d":
            return self._conv1d(args, scope, location, text)
        if name == "MultiheadAttention":
            batch_first = self._arg_flag(args, 99, "batch_first", scope)
            return Layer("attention", name, location, text,
                         in_features=self._arg_size(args, 0, "embed_dim", scope),
                         options=(("batch_first", batch_first),))
        if name in SHAPE_KEEPING_MODULES or name in KEEPING:
            return Layer("keep", name, location, text)
        if name in SPATIAL:  # conv and pool layers over 2 or 3 dims (flow/spatial.py)
            return spatial_layer(name, args[0], args[1], location, text,
                                 number=lambda n: self._number(n, scope),
                                 size=lambda n: self.resolver.size(n, scope))
        if name == "Flatten":  # flow/spatial.py
            return flatten_layer(args[0], args[1], location, text, number=lambda n: self._number(n, scope))
        if name == "Sequential":
            return self._sequential(node, scope, location, text)
        return None

    def _conv1d(self, args: tuple[list, dict], scope: Any, location: Any, text: str) -> Layer:
        """Conv1d: in/out channels, and the ints its output length needs (None: not known)."""
        options = []
        for index, keyword, default in (("2", "kernel_size", None), ("3", "stride", 1),
                                        ("4", "padding", 0), ("5", "dilation", 1)):
            size = self._arg_size(args, int(index), keyword, scope)
            given = keyword in args[1] or int(index) < len(args[0])
            options.append((keyword, size.value if size is not None else (None if given else default)))
        return Layer("conv1d", "Conv1d", location, text,
                     in_features=self._arg_size(args, 0, "in_channels", scope),
                     out_features=self._arg_size(args, 1, "out_channels", scope),
                     options=tuple(options))

    def _number(self, node: cst.BaseExpression, scope: Any) -> int | None:
        size = self.resolver.size(node, scope)
        return size.value if size is not None else None

    def _arg_flag(self, args: tuple[list, dict], index: int, keyword: str, scope: Any) -> bool | None:
        positional, keywords = args
        node = keywords.get(keyword) if keyword in keywords else (
            positional[index] if index < len(positional) else None)
        if node is None:
            return False
        return self.resolver.truth(node, scope)

    def _record_now(self, node: cst.Call) -> Any:
        """The call's record in the configuration the resolver is in (an inlined instance's
        site), or as built for the walk."""
        if not self.resolver.config or self.rebuild is None:
            return self.records[node]
        key = (id(node), tuple(sorted((k, repr(v[0])) for k, v in self.resolver.config.items())))
        if key not in self._rebuilt:
            self._rebuilt[key] = self.rebuild(node) or self.records[node]
        return self._rebuilt[key]

    def _module_of_file(self, node: cst.Call, scope: Any) -> Layer | None:
        """`Encoder(...)`: a class of this file with a `forward`, applied by inlining it."""
        found = self.resolver.lookup(node.func.value, scope)  # type: ignore[attr-defined]
        if found is None or found[0].parent is not None:
            return None
        classes = found[0].classes.get(node.func.value, [])  # type: ignore[attr-defined]
        if len(found[1]) != 1 or len(classes) != 1:
            return None
        wrapped = self._wrapped_linear(node, scope, classes[0])
        if wrapped is not None:  # a thin wrapper of one nn.Linear (flow/wrapped.py)
            return wrapped
        kind = "module"
        forward = classes[0].bindings.get("forward", [])
        if not forward and not classes[0].bindings.get("__call__"):
            # an object of the file's own class that is not called (`WordEmbedding(...)`): its
            # methods are inlined (`embed.gen_x_batch(ids)`); `forward` holds its __init__
            kind, forward = "object", classes[0].bindings.get("__init__", [])
        if len(forward) != 1 or not isinstance(forward[0].node, cst.FunctionDef):
            return None
        scope_of = next((s for s in self.scopes if s.node is forward[0].node), None)
        if scope_of is None:
            return None
        return Layer(kind, classes[0].name, self.resolver.location(node), self.resolver.text(node),
                     forward=scope_of)

    def _wrapped_linear(self, node: cst.Call, scope: Any, cls: Any) -> Layer | None:
        """`Linear(hidden, classes)` of a class of the file that only wraps one nn.Linear: that
        Linear, sized by what this call passes, placed at this call."""
        cache = self.__dict__.setdefault("_wrappers", {})
        if id(cls) not in cache:
            cache[id(cls)] = None
            parts = wrapper_parts(cls)
            if parts is not None:
                init_scope = next((s for s in self.scopes if s.node is parts[0]), None)
                if init_scope is not None:
                    cache[id(cls)] = linear_wrapper(
                        parts[0], parts[1], lambda func: self.resolver.callee(func, init_scope))
        sides = cache[id(cls)]
        if sides is None:
            return None
        given = [site_argument(node, sides[0], sides[1]), site_argument(node, sides[2], sides[3])]
        sizes = [None if n is None else self.resolver.size(n, scope) for n in given]
        return Layer("linear", "Linear", self.resolver.location(node), self.resolver.text(node),
                     in_features=sizes[0], out_features=sizes[1])

    def _arg_size(self, args: tuple[list, dict], index: int, keyword: str, scope: Any) -> Size | None:
        positional, keywords = args
        node = keywords.get(keyword) if keyword in keywords else (
            positional[index] if index < len(positional) else None)
        return None if node is None else self.resolver.size(node, scope)

    def _sequential(self, node: cst.Call, scope: Any, location: Location, text: str) -> Layer | None:
        """A Sequential of Linears and shape-keeping modules maps features like one Linear."""
        if any(arg.keyword is not None or arg.star for arg in node.args) or not node.args:
            return None
        parts = []
        for arg in node.args:
            part = self._layer_of_call(arg.value, scope) if isinstance(arg.value, cst.Call) \
                else self._built_part(arg.value, scope)
            if part is None:
                return None
            parts.append(part)
        if any(p.kind not in ("linear", "keep", "last-norm", "spatial", "conv1d", "channel-norm") for p in parts):
            return parts_layer(parts, location, text)  # a module of the file among them (flow/parts.py)
        if any(p.kind in ("spatial", "conv1d", "channel-norm") for p in parts):
            # a conv stack: applied part by part (flow/spatial.py)
            return Layer(CHAIN, "Sequential", location, text, options=(("parts", tuple(parts)),))
        linears = [p for p in parts if p.kind == "linear"]
        if not linears:
            return Layer("keep", "Sequential", location, text)
        broken = width_break(parts)
        if broken is not None:  # its modules disagree: judged as that (flow/chained.py)
            return Layer("sequential", "Sequential", location, text,
                         out_features=linears[-1].out_features, options=((BREAK, broken),))
        return Layer("sequential", "Sequential", location, text,
                     in_features=linears[0].in_features, out_features=linears[-1].out_features)

    def _built_part(self, node: cst.BaseExpression, scope: Any) -> Layer | None:
        """A module built before the Sequential and put in it by name: `self.drop` that the
        class assigns once, or a name its function binds once (`Sequential(nn.PReLU(), conv)`)."""
        if isinstance(node, cst.Attribute) and is_self(node.value):
            return self._class_layers_of(scope).get(node.attr.value)
        if not isinstance(node, cst.Name) or scope is None:
            return None
        bindings = scope.bindings.get(node.value, [])
        if len(bindings) != 1 or bindings[0].kind != "assign" or not isinstance(bindings[0].payload, cst.Call):
            return None
        return self._layer_of_call(bindings[0].payload, scope)

    def _class_layers_of(self, scope: Any) -> dict[str, Layer]:
        """`self.X` -> its layer, for attributes a class assigns exactly once, to a layer."""
        cls = scope.parent if scope is not None and scope.kind == "function" else None
        if cls is None or cls.kind != "class":
            return {}
        key = (id(cls), tuple(sorted((k, repr(v[0])) for k, v in self.resolver.config.items())))
        cached = self._class_layers.get(key)
        if cached is not None:
            return cached
        layers: dict[str, Layer] = {}
        self._class_layers[key] = layers  # filled below; a walk it starts sees what is known
        for attr in cls.attribute_values:
            assigned = self.resolver.live_attributes(cls, attr)
            if len(assigned) != 1 or cls.bindings.get(attr):
                continue
            value, method, _ = assigned[0]
            while isinstance(value, cst.IfExp):  # `nn.LSTM(...) if cell == "lstm" else nn.GRU(...)`
                test = branching.truth(value.test, method, self.resolver)
                if test is None:
                    break
                value = value.body if test else value.orelse
            value = module_itself(value)  # `nn.GRU(...).to(device)`: the GRU
            if isinstance(value, cst.Call):
                layer = self._layer_of_call(value, method)
                if layer is None and isinstance(value.func, cst.Name) \
                        and self._module_function(value.func, method, {}) is not None:
                    # `self.attention = attention_model(2 * hidden, size)`: what it builds
                    built = self._expression(value, method, {})
                    layer = built if isinstance(built, Layer) else None
                if layer is not None:
                    layers[attr] = layer
        return layers

    def _built_by(self, base: Val, attr: str) -> Layer | None:
        """`self.embedding.word_embed`: a layer an instance of the file's own class builds
        once in its methods (`self.word_embed = nn.Embedding(...)`), applied from outside it;
        its sizes as the instance's site builds it."""
        if not isinstance(base, Layer) or base.kind not in ("module", "object") or base.forward is None:
            return None
        return self._in_site_configuration(base, lambda: self._class_layers_of(base.forward).get(attr))

    def _class_tensor(self, scope: Any, attr: str) -> Tensor | None:
        """`self.X` for a tensor the class builds once, in `__init__`, with torch
        (`self.starter = nn.Parameter(torch.randn(1, 1, hidden))`) and never assigns again."""
        cls = scope.parent if scope is not None and scope.kind == "function" else None
        if cls is None or cls.kind != "class" or cls.bindings.get(attr) \
                or len(cls.attribute_values.get(attr, [])) != 1:
            return None
        assigned = self.resolver.live_attributes(cls, attr)
        if len(assigned) != 1 or not isinstance(assigned[0][0], cst.Call):
            return None
        value, method, _ = assigned[0]
        if method.name != "__init__" or method.parent is not cls:
            return None
        path = self.resolver.callee(value.func, method)
        if path is None or not path.startswith("torch."):
            return None
        return self._made_once(self._class_tensors, cls, attr, value, method,
                               lambda built: isinstance(built, Tensor))

    def _made_once(self, store: dict, cls: Any, attr: str, value: cst.BaseExpression, method: Any,
                   keep: Any) -> Any:
        """What `self.<attr> = value` makes, walked once per class, attribute and
        configuration (its feeds are not this walk's), or None when `keep` refuses it."""
        key = (id(cls), attr, tuple(sorted((k, repr(v[0])) for k, v in self.resolver.config.items())))
        if key not in store:
            store[key] = None  # a walk it starts sees it unknown
            saved, self.feeds = self.feeds, []
            try:
                built = self._expression(value, method, {})
            finally:
                self.feeds = saved
            store[key] = built if keep(built) else None
        return store[key]

    def _callee_layer(self, func: cst.BaseExpression, scope: Any, env: dict[str, Val]) -> Layer | None:
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) \
                and func.value.value == "self":
            return self._class_layers_of(scope).get(func.attr.value) or self._held(scope, func.attr.value)
        if isinstance(func, cst.Name):
            if func.value in env:
                value = env[func.value]
                return value if isinstance(value, Layer) else None
            found = self.resolver.lookup(func.value, scope)
            if found is not None and found[0] is not scope:
                owner, bindings = found
                if len(bindings) == 1 and bindings[0].kind == "assign" \
                        and isinstance(bindings[0].payload, cst.Call):
                    return self._layer_of_call(bindings[0].payload, owner)
            return None
        if isinstance(func, cst.Call):
            return self._layer_of_call(func, scope)
        if isinstance(func, cst.Subscript):  # `self.rnns[i](x)`: a stack's first layer
            value = self._expression(func, scope, env)
            return value if isinstance(value, Layer) else None
        return None
