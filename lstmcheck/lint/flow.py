"""Follow tensors through a function body, statement by statement, to where they meet layers.

For each function (a `forward`, any method or function, and the module's own body) the walk
keeps what it knows of each local name: a layer, a tensor's shape, a tuple of them, or a size.
Each application of a recurrent layer, a Linear or a Sequential becomes a `Feed` record: the
layer, the tensor fed in, and the states passed. Rules judge the feeds; nothing here judges.

Everything not understood is unknown, and an unknown stays unknown: a name assigned inside a
branch or a loop is forgotten after it, an unrecognised call gives an unknown tensor. Layers
held by `self` come from the class's methods and count only when assigned exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Union

import libcst as cst

from lstmcheck.lint.extract import int_of
from lstmcheck.lint.recurrent import RecurrentSizes, features_out, sizes_of
from lstmcheck.records import CallRecord, Feed, Location, Tensor
from lstmcheck.sizes import Size

_NN = ("torch.nn.", "torch.nn.modules.")
# nn modules whose output has the input's shape.
SHAPE_KEEPING_MODULES = frozenset({
    "Dropout", "Dropout1d", "AlphaDropout", "ReLU", "ReLU6", "Tanh", "Sigmoid", "GELU",
    "LeakyReLU", "ELU", "SELU", "SiLU", "Mish", "Softplus", "Softmax", "LogSoftmax",
    "LayerNorm", "Identity", "Hardtanh", "PReLU", "Softsign", "Tanhshrink",
})
# torch / torch.nn.functional functions, and tensor methods, whose result has the input's shape.
SHAPE_KEEPING_FUNCTIONS = frozenset({
    "relu", "relu_", "tanh", "sigmoid", "gelu", "leaky_relu", "elu", "selu", "silu", "mish",
    "dropout", "softmax", "log_softmax", "layer_norm", "abs", "neg", "exp", "hardtanh",
    "softplus", "clone", "detach",
})
SHAPE_KEEPING_METHODS = SHAPE_KEEPING_FUNCTIONS | frozenset({
    "contiguous", "float", "double", "half", "bfloat16", "to", "cpu", "cuda", "type_as",
    "requires_grad_", "clamp", "tanh_", "sigmoid_",
})
_FACTORIES = frozenset({"zeros", "ones", "randn", "rand", "empty", "full"})


@dataclass(frozen=True)
class Layer:
    kind: str  # "recurrent", "linear", "embedding", "keep", "sequential"
    name: str  # "LSTM", "Linear", ...
    location: Location
    text: str
    record: CallRecord | None = None
    in_features: Size | None = None
    out_features: Size | None = None


@dataclass(frozen=True)
class Tup:
    items: tuple[Any, ...]


@dataclass(frozen=True)
class Symbolic:
    """A tensor known only by name: its dims are named sizes (`x.size(0)`)."""

    key: str  # "x@Model.forward:4"


Val = Union[Tensor, Tup, Layer, Size, Symbolic, None]


def _as_size(value: Val) -> Val:
    """A parameter used as a size (`batch` in `torch.zeros(layers, batch, hidden)`)."""
    if isinstance(value, Symbolic) and "#" not in value.key:
        return Size.named(value.key)
    return value


def _count_returns(node: cst.FunctionDef) -> int:
    counter = _Returns()
    node.body.visit(counter)
    return counter.count


class _Returns(cst.CSTVisitor):
    def __init__(self) -> None:
        self.count = 0

    def visit_Return(self, node: cst.Return) -> None:
        self.count += 1

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False


def _dim_key(key: str, index: int) -> Size:
    display, _, where = key.partition("@")
    return Size.named(f"{display}.size({index})@{where}")


class FlowWalker:
    """One per file: walks every function body and the module body, collecting feeds."""

    def __init__(self, module: cst.Module, scopes: list, resolver: Any, path: str,
                 records: dict[cst.Call, CallRecord]) -> None:
        self.module = module
        self.scopes = scopes
        self.resolver = resolver
        self.path = path
        self.records = records
        self.feeds: list[Feed] = []
        self._class_layers: dict[int, dict[str, Layer]] = {}
        self._returns: dict[int, Val] = {}
        self._fresh = 0

    def run(self) -> tuple[Feed, ...]:
        for scope in self.scopes:
            if scope.kind == "module":
                self._walk_body(self.module.body, scope, {})
            elif scope.kind == "function" and isinstance(scope.node, cst.FunctionDef):
                self._function(scope)
        return tuple(self.feeds)

    def _function(self, scope: Any) -> Val:
        """Walk a function once; what it returns, when it has one `return` at the end."""
        if id(scope) in self._returns:
            return self._returns[id(scope)]
        self._returns[id(scope)] = None  # a recursive call sees an unknown result
        env: dict[str, Val] = {}
        for param in _params(scope.node.params):
            if param != "self":
                env[param] = Symbolic(f"{param}@{scope.key}")
        body = scope.node.body
        statements = list(body.body) if isinstance(body, cst.IndentedBlock) else [body]
        self._walk_body(statements[:-1], scope, env)
        result: Val = None
        last = statements[-1] if statements else None
        if isinstance(last, cst.SimpleStatementLine) and len(last.body) == 1 \
                and isinstance(last.body[0], cst.Return) and last.body[0].value is not None \
                and _count_returns(scope.node) == 1:
            result = self._expression(last.body[0].value, scope, env)
        elif last is not None:
            self._statement(last, scope, env)
        self._returns[id(scope)] = result
        return result

    def _method_result(self, func: cst.Attribute, scope: Any) -> Val:
        """`self.init_state(...)`: what that method of this class returns."""
        cls = scope.parent if scope.kind == "function" else None
        if cls is None or cls.kind != "class":
            return None
        bindings = cls.bindings.get(func.attr.value, [])
        if len(bindings) != 1 or not isinstance(bindings[0].node, cst.FunctionDef):
            return None
        for candidate in self.scopes:
            if candidate.node is bindings[0].node:
                return self._function(candidate)
        return None

    # layers --------------------------------------------------------------------------------
    def _layer_of_call(self, node: cst.Call, scope: Any) -> Layer | None:
        """A constructor call of a layer the flow understands."""
        path = self.resolver.path_of(node.func, scope)
        if path is None or not path.startswith(_NN):
            return None
        name = path.rsplit(".", 1)[-1]
        location = self.resolver.location(node)
        text = self.resolver.text(node)
        if node in self.records:
            return Layer("recurrent", name, location, text, record=self.records[node])
        args = _arguments(node)
        if name == "Linear":
            return Layer("linear", name, location, text,
                         in_features=self._arg_size(args, 0, "in_features", scope),
                         out_features=self._arg_size(args, 1, "out_features", scope))
        if name == "Embedding":
            return Layer("embedding", name, location, text,
                         out_features=self._arg_size(args, 1, "embedding_dim", scope))
        if name in SHAPE_KEEPING_MODULES:
            return Layer("keep", name, location, text)
        if name == "Sequential":
            return self._sequential(node, scope, location, text)
        return None

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
            if not isinstance(arg.value, cst.Call):
                return None
            part = self._layer_of_call(arg.value, scope)
            if part is None or part.kind not in ("linear", "keep"):
                return None
            parts.append(part)
        linears = [p for p in parts if p.kind == "linear"]
        if not linears:
            return Layer("keep", "Sequential", location, text)
        return Layer("sequential", "Sequential", location, text,
                     in_features=linears[0].in_features, out_features=linears[-1].out_features)

    def _class_layers_of(self, scope: Any) -> dict[str, Layer]:
        """`self.X` -> its layer, for attributes a class assigns exactly once, to a layer."""
        cls = scope.parent if scope is not None and scope.kind == "function" else None
        if cls is None or cls.kind != "class":
            return {}
        cached = self._class_layers.get(id(cls))
        if cached is not None:
            return cached
        layers: dict[str, Layer] = {}
        for attr, assigned in cls.attribute_values.items():
            if len(assigned) != 1 or cls.bindings.get(attr):
                continue
            value, method = assigned[0]
            if isinstance(value, cst.Call):
                layer = self._layer_of_call(value, method)
                if layer is not None:
                    layers[attr] = layer
        self._class_layers[id(cls)] = layers
        return layers

    def _callee_layer(self, func: cst.BaseExpression, scope: Any, env: dict[str, Val]) -> Layer | None:
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) \
                and func.value.value == "self":
            return self._class_layers_of(scope).get(func.attr.value)
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
        return None

    # statements ----------------------------------------------------------------------------
    def _walk_body(self, statements: Any, scope: Any, env: dict[str, Val]) -> None:
        for statement in statements:
            self._statement(statement, scope, env)

    def _statement(self, node: cst.CSTNode, scope: Any, env: dict[str, Val]) -> None:
        if isinstance(node, cst.SimpleStatementLine):
            for small in node.body:
                self._small(small, scope, env)
        elif isinstance(node, (cst.FunctionDef, cst.ClassDef)):
            env.pop(node.name.value, None)
        elif isinstance(node, cst.If):
            self._branches([node.body, node.orelse], scope, env)
        elif isinstance(node, (cst.For, cst.While)):
            # The body is walked as its first iteration runs, with the values from before the
            # loop (`h, c = cell(x_t, (h, c))` meets the initial states first); what the loop
            # assigns is unknown after it.
            assigned = _assigned_names(node)
            if isinstance(node, cst.For):
                self._expression(node.iter, scope, env)
                for name in _target_names(node.target):
                    env.pop(name, None)
            self._branches([node.body, node.orelse], scope, env)
            for name in assigned:
                env.pop(name, None)
        elif isinstance(node, cst.With):
            for item in node.items:
                self._expression(item.item, scope, env)
                if item.asname is not None:
                    for name in _target_names(item.asname.name):
                        env.pop(name, None)
            self._block(node.body, scope, env)
        elif isinstance(node, cst.Try):
            self._block(node.body, scope, env)
            others = [h.body for h in node.handlers] + [node.orelse, node.finalbody]
            self._branches(others, scope, env)
        else:  # match, try-star, anything new: forget what it may assign
            for name in _assigned_names(node):
                env.pop(name, None)

    def _block(self, block: Any, scope: Any, env: dict[str, Val]) -> None:
        if block is None:
            return
        if isinstance(block, (cst.Else, cst.Finally)):
            block = block.body
        if isinstance(block, cst.If):  # elif
            self._statement(block, scope, env)
            return
        body = block.body
        self._walk_body(body if isinstance(body, (list, tuple)) else [body], scope, env)

    def _branches(self, blocks: list, scope: Any, env: dict[str, Val]) -> None:
        """Walk each branch on its own copy; afterwards anything a branch assigned is unknown."""
        changed: set[str] = set()
        for block in blocks:
            if block is None:
                continue
            copy = dict(env)
            self._block(block, scope, copy)
            changed |= {k for k in set(copy) | set(env) if copy.get(k, _GONE) is not env.get(k, _GONE)}
            changed |= _assigned_names(block)
        for name in changed:
            env.pop(name, None)

    def _small(self, node: cst.BaseSmallStatement, scope: Any, env: dict[str, Val]) -> None:
        if isinstance(node, cst.Assign):
            value = self._expression(node.value, scope, env)
            for target in node.targets:
                self._bind(target.target, value, env)
        elif isinstance(node, cst.AnnAssign):
            value = self._expression(node.value, scope, env) if node.value is not None else None
            self._bind(node.target, value, env)
        elif isinstance(node, cst.AugAssign):
            self._expression(node.value, scope, env)
            self._bind(node.target, None, env)
        elif isinstance(node, (cst.Expr, cst.Return)) and node.value is not None:
            self._expression(node.value, scope, env)
        elif isinstance(node, (cst.Global, cst.Nonlocal)):
            for item in node.names:
                env.pop(item.name.value, None)
        elif isinstance(node, cst.Del):
            for name in _target_names(node.target):
                env.pop(name, None)

    def _bind(self, target: cst.BaseExpression, value: Val, env: dict[str, Val]) -> None:
        if isinstance(target, cst.Name):
            if value is None:
                env.pop(target.value, None)
            else:
                env[target.value] = value
            return
        if isinstance(target, (cst.Tuple, cst.List)):
            elements = target.elements
            starred = any(isinstance(e, cst.StarredElement) for e in elements)
            if isinstance(value, Tup) and not starred and len(value.items) == len(elements):
                for element, item in zip(elements, value.items):
                    self._bind(element.value, item, env)
            else:
                for name in _target_names(target):
                    env.pop(name, None)
        # self.x = ..., x[i] = ...: not followed

    # expressions ---------------------------------------------------------------------------
    def _expression(self, node: cst.BaseExpression, scope: Any, env: dict[str, Val]) -> Val:
        """What the expression is, as far as known; every layer it applies becomes a Feed."""
        if isinstance(node, cst.Name):
            if node.value in env:
                return env[node.value]
            return self.resolver.size(node, scope)
        if isinstance(node, cst.Call):
            return self._call(node, scope, env)
        if isinstance(node, cst.Subscript):
            return self._subscript(node, scope, env)
        if isinstance(node, (cst.Tuple, cst.List)):
            if any(isinstance(e, cst.StarredElement) for e in node.elements):
                return None
            return Tup(tuple(self._expression(e.value, scope, env) for e in node.elements))
        if isinstance(node, cst.Attribute):
            base = self._expression(node.value, scope, env) if not _is_self(node.value) else None
            if node.attr.value == "shape" and isinstance(base, (Tensor, Symbolic)):
                return self._shape_tuple(base)
            if _is_self(node.value) or isinstance(node.value, cst.Name):
                return self.resolver.size(node, scope)
            return None
        if isinstance(node, cst.BinaryOperation):
            left = self._expression(node.left, scope, env)
            right = self._expression(node.right, scope, env)
            if isinstance(left, Size) and isinstance(right, Size):
                if isinstance(node.operator, cst.Add):
                    return left + right
                if isinstance(node.operator, cst.Subtract):
                    return left - right
                if isinstance(node.operator, cst.Multiply):
                    return left * right
            return None
        if isinstance(node, cst.Integer):
            number = int_of(node)
            return None if number is None else Size.number(number)
        if isinstance(node, cst.UnaryOperation):
            operand = self._expression(node.expression, scope, env)
            if isinstance(node.operator, cst.Minus) and isinstance(operand, Size):
                return Size.number(0) - operand
            return None
        if isinstance(node, (cst.Lambda, cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp)):
            return None  # their own names shadow ours: not followed
        # Anything else: still visit calls inside it, so that no feed is missed.
        for child in _child_expressions(node):
            self._expression(child, scope, env)
        return None

    def _size(self, node: cst.BaseExpression, scope: Any, env: dict[str, Val]) -> Size | None:
        value = self._expression(node, scope, env)
        return value if isinstance(value, Size) else None

    def _shape_tuple(self, tensor: Tensor | Symbolic) -> Val:
        if isinstance(tensor, Symbolic):
            return Symbolic(tensor.key + "#shape")
        if tensor.dims is None:
            return None
        return Tup(tensor.dims)

    def _subscript(self, node: cst.Subscript, scope: Any, env: dict[str, Val]) -> Val:
        base = self._expression(node.value, scope, env)
        elements = [e.slice for e in node.slice]
        if isinstance(base, Tup):
            if len(elements) == 1 and isinstance(elements[0], cst.Index):
                index = _int(elements[0].value)
                if index is not None and -len(base.items) <= index < len(base.items):
                    return base.items[index]
            return None
        if isinstance(base, Symbolic):
            if base.key.endswith("#shape"):
                if len(elements) == 1 and isinstance(elements[0], cst.Index):
                    index = _int(elements[0].value)
                    if index is not None and index >= 0:
                        return _dim_key(base.key[: -len("#shape")], index)
                return None
            self._fresh += 1  # `tokens[:, t]`: a tensor of unknown shape, its own sizes
            display, _, where = base.key.partition("@")
            return Symbolic(f"{display}[...]@{where}#{self._fresh}")
        if isinstance(base, Tensor):
            location = self.resolver.location(node)
            indexed = _index(base, elements, location.line)
            return None if indexed is None else replace(indexed, made_at=location)
        return None

    def _call(self, node: cst.Call, scope: Any, env: dict[str, Val]) -> Val:
        func = node.func
        layer = self._callee_layer(func, scope, env)
        if layer is not None and node not in self.records:
            args = [self._expression(a.value, scope, env) for a in node.args if not a.star and a.keyword is None]
            kwargs = {a.keyword.value: self._expression(a.value, scope, env)
                      for a in node.args if a.keyword is not None}
            return self._apply(layer, node, args, kwargs)
        # a layer's constructor, a factory, a shape-keeping function, a tensor method
        constructed = self._layer_of_call(node, scope) if isinstance(func, (cst.Name, cst.Attribute)) else None
        if constructed is not None:
            for arg in node.args:
                self._expression(arg.value, scope, env)
            return constructed
        if isinstance(func, cst.Attribute) and _is_self(func.value):
            for arg in node.args:
                self._expression(arg.value, scope, env)
            return self._method_result(func, scope)
        if isinstance(func, cst.Attribute):
            path = self.resolver.path_of(func, scope)
            if path is not None and (path.startswith("torch.") or path.startswith("torch")):
                return self._torch_function(path, node, scope, env)
            receiver = self._expression(func.value, scope, env)
            return self._method(receiver, func.attr.value, node, scope, env)
        if isinstance(func, cst.Name):
            path = self.resolver.path_of(func, scope)
            if path is not None and path.startswith("torch."):
                return self._torch_function(path, node, scope, env)
        for arg in node.args:
            self._expression(arg.value, scope, env)
        return None

    def _torch_function(self, path: str, node: cst.Call, scope: Any, env: dict[str, Val]) -> Val:
        name = path.rsplit(".", 1)[-1]
        made_at = self.resolver.location(node)
        line = made_at.line
        positional = [a.value for a in node.args if not a.star and a.keyword is None]
        keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        values = [self._expression(v, scope, env) for v in positional]
        kw_values = {k: self._expression(v, scope, env) for k, v in keywords.items()}
        if any(a.star for a in node.args):
            return None
        if path in ("torch." + n for n in _FACTORIES) and values:
            sizes = values[:-1] if name == "full" else values
            if len(sizes) == 1 and isinstance(sizes[0], Tup):
                sizes = list(sizes[0].items)
            sizes = [_as_size(s) for s in sizes]
            if not all(isinstance(s, Size) or s is None for s in sizes) or not sizes:
                return None
            dims = tuple(s if isinstance(s, Size) else None for s in sizes)
            return Tensor(dims, dims[-1], f"torch.{name}(...) at line {line}", line, made_at=made_at)
        if path == "torch.tensor" and positional:
            shape = _literal_shape(positional[0])
            if shape is None:
                return None
            dims = tuple(Size.number(n) for n in shape)
            return Tensor(dims, dims[-1] if dims else None, f"torch.tensor(...) at line {line}", line,
                          made_at=made_at)
        if name in ("cat", "concat", "concatenate") and path.count(".") == 1 and values:
            dim = kw_values.get("dim", values[1] if len(values) > 1 else Size.number(0))
            joined = _cat(values[0], dim, line)
            return None if joined is None else replace(joined, made_at=made_at)
        if name in ("pack_padded_sequence", "pack_sequence") and values:
            source = values[0]
            if isinstance(source, Tensor):
                return replace(source, dims=None, packed=True, made_at=made_at)
            return None
        if name == "pad_packed_sequence" and values:
            source = values[0]
            if isinstance(source, Tensor) and source.packed:
                padded = replace(source, dims=(None, None, source.last), packed=False, made_at=made_at)
                return Tup((padded, None))
            return None
        if name in SHAPE_KEEPING_FUNCTIONS and values and isinstance(values[0], Tensor):
            return values[0]
        return None

    def _method(self, receiver: Val, name: str, node: cst.Call, scope: Any,
                env: dict[str, Val]) -> Val:
        args = [self._expression(a.value, scope, env) for a in node.args if a.keyword is None and not a.star]
        if any(a.star for a in node.args):
            return None
        if not isinstance(receiver, (Tensor, Symbolic)):
            return None
        if name in ("size",) and len(args) == 1 and isinstance(args[0], Size) and args[0].value is not None:
            index = args[0].value
            if isinstance(receiver, Symbolic):
                return _dim_key(receiver.key, index) if index >= 0 else None
            if receiver.dims is not None and -len(receiver.dims) <= index < len(receiver.dims):
                return receiver.dims[index]
            return None
        if isinstance(receiver, Symbolic):
            return None
        if name in SHAPE_KEEPING_METHODS:
            return receiver
        made_at = self.resolver.location(node)
        line = made_at.line
        if name in ("view", "reshape"):
            sizes = list(args[0].items) if len(args) == 1 and isinstance(args[0], Tup) else args
            sizes = [_as_size(s) for s in sizes]
            if not sizes or not all(isinstance(s, Size) or s is None for s in sizes):
                return None
            dims = tuple(None if (s is None or s.value == -1) else s for s in sizes)
            return replace(receiver, dims=dims, last=dims[-1], origin=f".{name}(...) at line {line}",
                           line=line, part=None, made_at=made_at)
        if name in ("transpose", "permute") and receiver.dims is not None:
            order = _permutation(name, args, len(receiver.dims))
            if order is None:
                return None
            dims = tuple(receiver.dims[i] for i in order)
            return replace(receiver, dims=dims, last=dims[-1], part=None, made_at=made_at)
        if name == "unsqueeze" and receiver.dims is not None and len(args) == 1 \
                and isinstance(args[0], Size) and args[0].value is not None:
            index = args[0].value if args[0].value >= 0 else args[0].value + len(receiver.dims) + 1
            if not 0 <= index <= len(receiver.dims):
                return None
            dims = receiver.dims[:index] + (Size.number(1),) + receiver.dims[index:]
            return replace(receiver, dims=dims, last=dims[-1], part=None, made_at=made_at)
        if name == "squeeze" and len(args) == 1 and isinstance(args[0], Size) \
                and args[0].value is not None and receiver.dims is not None:
            rank = len(receiver.dims)
            index = args[0].value % rank if -rank <= args[0].value < rank else None
            if index is None:
                return None
            size = receiver.dims[index]
            if size is not None and size.value == 1:
                dims = receiver.dims[:index] + receiver.dims[index + 1:]
                return replace(receiver, dims=dims, last=dims[-1] if dims else None, part=None,
                               made_at=made_at)
            if size is not None and size.value is not None:
                return receiver
            return None
        return None

    # layers applied --------------------------------------------------------------------------
    def _apply(self, layer: Layer, node: cst.Call, args: list, kwargs: dict) -> Val:
        location = self.resolver.location(node)
        line = location.line
        data = args[0] if args else kwargs.get("input")
        tensor = data if isinstance(data, Tensor) else None
        if layer.kind == "keep":
            return tensor
        # Whatever goes in, an Embedding or a Linear that does not raise gives its own features.
        if layer.kind == "embedding":
            if tensor is None:
                return Tensor(None, layer.out_features, f"the Embedding at line {layer.location.line}", line,
                              made_at=location)
            dims = None if tensor.dims is None else tensor.dims + (layer.out_features,)
            return Tensor(dims, layer.out_features, f"the Embedding at line {layer.location.line}", line,
                          made_at=location)
        if layer.kind in ("linear", "sequential"):
            self.feeds.append(Feed(self.path, layer.name, layer.location, layer.text, location,
                                   tensor, in_features=layer.in_features))
            if tensor is None:
                return Tensor(None, layer.out_features,
                              f"the {layer.name} at line {layer.location.line}", line, made_at=location)
            dims = None if tensor.dims is None else tensor.dims[:-1] + (layer.out_features,)
            return Tensor(dims, layer.out_features, f"the {layer.name} at line {layer.location.line}", line,
                          made_at=location)
        assert layer.record is not None
        states = args[1] if len(args) > 1 else kwargs.get("hx")
        state_tensors: tuple[Tensor | None, ...] = ()
        sizes = sizes_of(layer.record)
        # An LSTM's states are a pair, the others' a tensor; the wrong form is kept as it is
        # (one state for an LSTM, two for a GRU) for LC009 to report.
        if isinstance(states, Tup) and (sizes.lstm or len(states.items) == 2):
            state_tensors = tuple(s if isinstance(s, Tensor) else None for s in states.items)
        elif isinstance(states, Tensor):
            state_tensors = (states,)
        self.feeds.append(Feed(self.path, layer.name, layer.location, layer.text, location,
                               tensor, state_tensors, record=layer.record))
        return _recurrent_result(layer, sizes, data, location)


_GONE = object()


def _recurrent_result(layer: Layer, sizes: RecurrentSizes, data: Val, made_at: Location) -> Val:
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
        batch = _dim_key(data.key, index)
        leading = (batch,) if sizes.cell else tuple(_dim_key(data.key, i) for i in range(2))
    h_out = sizes.hidden_size if sizes.cell else sizes.h_out
    cell_size = sizes.hidden_size

    def state(size: Size | None, name: str) -> Tensor:
        if sizes.cell:
            dims = (size,) if unbatched else (batch, size)
        else:
            first = sizes.layers_times_directions
            dims = (first, size) if unbatched else (first, batch, size)
        return Tensor(dims, size, f"{name} of the {kind} at {at}", line, layer.location,
                      part=name, made_at=made_at)

    if sizes.cell:
        h = state(h_out, "h")
        return Tup((h, state(cell_size, "c"))) if sizes.lstm else h
    features = features_out(sizes)
    out_dims = None if leading is None or packed else leading + (features,)
    output = Tensor(out_dims, features, f"the output of the {kind} at {at}", line, layer.location,
                    packed=packed, part="output", made_at=made_at)
    h_n = state(h_out, "h_n")
    if packed:
        h_n = replace(h_n, dims=(sizes.layers_times_directions, None, h_out))
    if sizes.lstm:
        c_n = state(cell_size, "c_n")
        if packed:
            c_n = replace(c_n, dims=(sizes.layers_times_directions, None, cell_size))
        return Tup((output, Tup((h_n, c_n))))
    return Tup((output, h_n))


def _index(tensor: Tensor, elements: list, line: int) -> Tensor | None:
    """`out[:, -1, :]`, `out[-1]`, `h[-1]`, `h[-2:]`: which dims remain."""
    plain = all(isinstance(e, cst.Slice) or (isinstance(e, cst.Index) and _int(e.value) is not None)
                for e in elements)
    if tensor.dims is None and tensor.part == "output" and len(elements) == 3 and plain:
        # A recurrent output is 2-D or 3-D; three indices mean 3-D.
        tensor = replace(tensor, dims=(None, None, tensor.last))
    if tensor.dims is None:
        # Unknown rank: only indexing that cannot reach the last dim keeps it.
        if all(isinstance(e, cst.Index) for e in elements) and len(elements) == 1:
            return replace(tensor, dims=None)
        return None
    dims = list(tensor.dims)
    if sum(1 for e in elements if isinstance(e, cst.Index) and _is_ellipsis(e.value)) > 1:
        return None
    out: list[Size | None] = []
    position = 0
    for k, element in enumerate(elements):
        if isinstance(element, cst.Index) and _is_ellipsis(element.value):
            rest = len(elements) - k - 1
            keep = len(dims) - position - rest
            if keep < 0:
                return None
            out.extend(dims[position:position + keep])
            position += keep
            continue
        if position >= len(dims):
            return None
        if isinstance(element, cst.Index):
            if isinstance(element.value, cst.Name) and element.value.value == "None":
                out.append(Size.number(1))
                continue
            if _int(element.value) is None and not isinstance(element.value, cst.Name):
                return None
            if isinstance(element.value, cst.Name):
                return None  # an index tensor or an int: the rank that results is unknown
            position += 1
        elif isinstance(element, cst.Slice):
            whole = element.lower is None and element.upper is None and element.step is None
            out.append(dims[position] if whole else _slice_size(element, dims[position]))
            position += 1
        else:
            return None
    kept_last = position < len(dims) or (
        isinstance(elements[-1], cst.Slice) and elements[-1].lower is None
        and elements[-1].upper is None and elements[-1].step is None)
    out.extend(dims[position:])
    result = tuple(out)
    return replace(tensor, dims=result, last=result[-1] if result else None,
                   part=tensor.part if kept_last else None)


def _slice_size(element: cst.Slice, size: Size | None) -> Size | None:
    """`h[-2:]` has 2 rows when the dim has at least 2; unknown otherwise."""
    lower = _int(element.lower) if element.lower is not None else 0
    upper = _int(element.upper) if element.upper is not None else None
    if element.step is not None or lower is None:
        return None
    if lower < 0 and upper is None:
        n = size.value if size is not None else None
        return Size.number(-lower) if n is not None and n >= -lower else None
    if lower >= 0 and upper is not None and upper >= lower:
        n = size.value if size is not None else None
        return Size.number(upper - lower) if n is not None and n >= upper else None
    return None


def _cat(items: Val, dim: Val, line: int) -> Tensor | None:
    if not isinstance(items, Tup) or not items.items or not isinstance(dim, Size) or dim.value is None:
        return None
    tensors = items.items
    if not all(isinstance(t, Tensor) and t.dims is not None for t in tensors):
        return None
    ranks = {len(t.dims) for t in tensors}  # type: ignore[arg-type]
    if len(ranks) != 1:
        return None
    rank = ranks.pop()
    index = dim.value if dim.value >= 0 else dim.value + rank
    if not 0 <= index < rank:
        return None
    total: Size | None = Size.number(0)
    for t in tensors:
        part = t.dims[index]  # type: ignore[index]
        total = None if total is None or part is None else total + part
    first: Tensor = tensors[0]
    dims = first.dims[:index] + (total,) + first.dims[index + 1:]  # type: ignore[index]
    layers = {t.layer for t in tensors}
    layer = layers.pop() if len(layers) == 1 else None
    return Tensor(dims, dims[-1], f"torch.cat(...) at line {line}", line, layer)


def _permutation(name: str, args: list, rank: int) -> list[int] | None:
    if not all(isinstance(a, Size) and a.value is not None for a in args):
        return None
    numbers = [a.value % rank if -rank <= a.value < rank else -1 for a in args]
    if -1 in numbers:
        return None
    if name == "transpose" and len(numbers) == 2:
        order = list(range(rank))
        a, b = numbers
        order[a], order[b] = order[b], order[a]
        return order
    if name == "permute" and sorted(numbers) == list(range(rank)):
        return numbers
    return None


def _literal_shape(node: cst.BaseExpression) -> tuple[int, ...] | None:
    if isinstance(node, (cst.Integer, cst.Float)):
        return ()
    if isinstance(node, (cst.List, cst.Tuple)):
        if not node.elements:
            return (0,)
        shapes = {_literal_shape(e.value) for e in node.elements}
        if len(shapes) != 1 or None in shapes:
            return None
        return (len(node.elements),) + shapes.pop()  # type: ignore[operator]
    return None


def _int(node: cst.BaseExpression | None) -> int | None:
    if isinstance(node, cst.Integer):
        return int_of(node)
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus) \
            and isinstance(node.expression, cst.Integer):
        number = int_of(node.expression)
        return None if number is None else -number
    return None


def _is_ellipsis(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Ellipsis)


def _is_self(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "self"


def _params(params: cst.Parameters) -> list[str]:
    names = [p.name.value for p in (*params.posonly_params, *params.params, *params.kwonly_params)]
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            names.append(star.name.value)
    return names


def _arguments(node: cst.Call) -> tuple[list, dict]:
    positional = [a.value for a in node.args if a.keyword is None and not a.star]
    keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
    return positional, keywords


def _target_names(node: cst.BaseExpression) -> list[str]:
    if isinstance(node, cst.Name):
        return [node.value]
    if isinstance(node, (cst.Tuple, cst.List)):
        return [n for e in node.elements for n in _target_names(e.value)]
    if isinstance(node, cst.StarredElement):
        return _target_names(node.value)
    return []


class _AssignedNames(cst.CSTVisitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def _add(self, target: cst.BaseExpression) -> None:
        self.names.update(_target_names(target))

    def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
        self._add(node.target)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        self._add(node.target)

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._add(node.target)

    def visit_For(self, node: cst.For) -> None:
        self._add(node.target)

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            self._add(node.asname.name)

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._add(node.target)

    def visit_ExceptHandler(self, node: cst.ExceptHandler) -> None:
        if node.name is not None:
            self._add(node.name.name)

    def visit_Del(self, node: cst.Del) -> None:
        self._add(node.target)

    def visit_Global(self, node: cst.Global) -> None:
        self.names.update(n.name.value for n in node.names)

    def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
        self.names.update(n.name.value for n in node.names)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self.names.add(node.name.value)
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self.names.add(node.name.value)
        return False


def _assigned_names(node: cst.CSTNode | None) -> set[str]:
    if node is None:
        return set()
    visitor = _AssignedNames()
    node.visit(visitor)
    return visitor.names


def _child_expressions(node: cst.CSTNode) -> list[cst.BaseExpression]:
    """Expressions directly under a node, to find layer calls nested anywhere."""
    out: list[cst.BaseExpression] = []
    for child in node.children:
        if isinstance(child, cst.BaseExpression):
            out.append(child)
        elif not isinstance(child, (cst.BaseSuite, cst.BaseStatement)):
            out.extend(_child_expressions(child))
    return out

