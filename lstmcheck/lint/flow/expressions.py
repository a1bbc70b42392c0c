"""What an expression is, as far as the flow knows: a size, a tensor's dims, a layer, a tuple.
Tensor ops go through the shape functions in `lstmcheck.lint.shapefns`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import libcst as cst

from lstmcheck.lint.scopes import int_of
from lstmcheck.lint.flow import branching, counted, indexing, joined, ops, reshaping, rows, steps
from lstmcheck.lint.flow.form_tests import tensor_test
from lstmcheck.lint.flow.kept import KEPT_ON, is_tuple_test
from lstmcheck.lint.flow.pairs import as_pair_item
from lstmcheck.lint.flow.layers import built_with
from lstmcheck.lint.flow.sequences import LocalFunction, Seq
from lstmcheck.lint.flow.shapes_kept import kept_list
from lstmcheck.lint.flow.syntax import child_expressions, flag_of, int_value, is_self, literal_shape
from lstmcheck.lint.flow.values import Layer, Symbolic, Tup, Val, as_size, dim_key
from lstmcheck.lint.shapefns import join, views
from lstmcheck.lint.flow.embedded_views import unit_view_width
from lstmcheck.lint.flow.decided import dims_decided_at, kept_dims_at
from lstmcheck.lint.flow.listed import numbers_shape
from lstmcheck.lint.flow.legacy import legacy_tensor
from lstmcheck.lint.flow.mixed import mixed
from lstmcheck.lint.flow.properties import property_read
from lstmcheck.lint.flow.read_through import read_through
from lstmcheck.lint.flow.residual import broadcast_unranked
from lstmcheck.lint.flow.spread import spread_arguments
from lstmcheck.lint.flow.squeezed import squeezed
from lstmcheck.lint.flow.ranks import RANK_METHODS, rank, walked_truth
from lstmcheck.lint.flow.spatial import CHAIN, applied, functional_pool
from lstmcheck.lint.flow.normed import normed
from lstmcheck.lint.flow.parts import PARTS, apply_parts
from lstmcheck.lint.flow.unknown_parts import cat_with_unknown
from lstmcheck.lint.flow.weighted import PRODUCTS as WEIGHTED, unknown_weights, weighted_sum
from lstmcheck.records import AS_PAIR_ITEM, Tensor
from lstmcheck.sizes import Size

# torch / torch.nn.functional functions, and tensor methods, whose result has the input's shape.
SHAPE_KEEPING_FUNCTIONS = frozenset({
    "relu", "relu_", "tanh", "sigmoid", "gelu", "leaky_relu", "elu", "selu", "silu", "mish",
    "dropout", "softmax", "log_softmax", "layer_norm", "abs", "neg", "exp", "hardtanh",
    "softplus", "clone", "detach", "Variable", "Parameter", "zeros_like", "ones_like",
    "randn_like", "rand_like", "empty_like",
})
SHAPE_KEEPING_METHODS = SHAPE_KEEPING_FUNCTIONS | frozenset({
    "contiguous", "float", "double", "half", "bfloat16", "to", "cpu", "cuda", "type_as",
    "requires_grad_", "clamp", "tanh_", "sigmoid_", "zero_", "fill_", "normal_", "uniform_",
    "detach_",
})
# Tensor methods that make a tensor of the sizes given (the receiver's dtype and device).
NEW_TENSORS = frozenset({"new", "new_zeros", "new_ones", "new_empty", "new_full"})
# nn.Module methods that return the module itself.
MODULE_ITSELF = frozenset({"eval", "train", "to", "cpu", "cuda", "float", "double", "half",
                           "bfloat16", "requires_grad_", "zero_grad"})
FACTORIES = frozenset({"zeros", "ones", "randn", "rand", "empty", "full"})
# list methods that change which item is first
REORDERING = frozenset({"insert", "reverse", "sort", "pop", "remove", "clear"})


def _forget_attributes(env: dict[str, Val]) -> None:
    """Drop what the walk knows of `self.X`: a call that may assign it has run."""
    for key in [k for k in env if k.startswith("self.")]:
        del env[key]


class Expressions:
    """Mixin of the walker: expressions, calls, torch functions and tensor methods."""

    def _passed(self, node: cst.BaseExpression, scope: Any, env: dict[str, Val]) -> Any:
        """An argument of a call the walk inlines: its value, or the flag a literal `True` /
        `False` is, which decides the helper's `if cell:` as the call runs it."""
        return flag_of(node) or self._handed(self._expression(node, scope, env), node, scope)

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
            if is_self(node.value) and f"self.{node.attr.value}" in env:
                return env[f"self.{node.attr.value}"]
            base = self._expression(node.value, scope, env) if not is_self(node.value) else None
            self._tuple_as_tensor(node, node.value, base, f"attribute {node.attr.value}")  # results.py
            if node.attr.value == "shape" and isinstance(base, (Tensor, Symbolic)):
                return self._shape_tuple(base)
            if node.attr.value == "data" and isinstance(base, (Tensor, Symbolic)):
                return base  # the same tensor, out of autograd
            if node.attr.value == "ndim" and rank(base) is not None:
                return rank(base)  # flow/ranks.py
            if is_self(node.value) and node.attr.value in self._class_layers_of(scope):
                return self._class_layers_of(scope)[node.attr.value]  # passed on: `f(self.attn, x)`
            if is_self(node.value) and self._held(scope, node.attr.value) is not None:
                return self._held(scope, node.attr.value)
            if is_self(node.value):
                self._carried_state(scope, node.attr.value, node)  # carried.py: the previous call's state
                built = self._class_tensor(scope, node.attr.value)
                if built is None:
                    built = self._kept_state(scope, node.attr.value, node)
                if built is None:  # `self.init_hidden(batch)` in `__init__` (set_states.py)
                    built = self._kept_by_init_call(scope, node.attr.value, node)
                if built is None:
                    built = self._module_list(scope, node.attr.value)
                if built is not None:
                    return built
            read = property_read(self, base, node, scope)  # properties.py: `encoder.initial_state`
            if read is not None:
                return read
            kept = self._kept_by(base, node.attr.value, node)  # `state.hidden` of an object
            if kept is not None:
                return kept
            given = self._held_by(base, node.attr.value)  # `self.model.encoder` of a given model
            if given is not None:
                return given
            built = built_with(base, node.attr.value)  # `self.encoder.num_layers`
            if isinstance(built, Size):
                return built
            if is_self(node.value):
                kept = kept_list(self.resolver, scope, node.attr.value)  # shapes_kept.py
                if kept is not None:
                    return self._expression(kept[0], kept[1], {})
            if is_self(node.value) or isinstance(node.value, cst.Name):
                return self.resolver.size(node, scope)
            return read_through(self, node, scope, env)  # read_through.py: `self.args.batch_size`
        if isinstance(node, cst.BinaryOperation):
            left = self._expression(node.left, scope, env)
            right = self._expression(node.right, scope, env)
            if isinstance(node.operator, (cst.Add, cst.Subtract, cst.Multiply)):
                # a known flag in arithmetic is 0 or 1: `layers * (1 + self.bidirectional)`
                left = self._flag_term(node.left, scope, env, left)
                right = self._flag_term(node.right, scope, env, right)
            if isinstance(left, Tensor) or isinstance(right, Tensor):
                return self._tensor_operation(node, left, right)
            if isinstance(left, Tup) or isinstance(right, Tup):
                return self._repeated(node, left, right)  # `[h] * layers`
            if isinstance(left, Size) and isinstance(right, Size):
                if isinstance(node.operator, cst.Add):
                    return left + right
                if isinstance(node.operator, cst.Subtract):
                    return left - right
                if isinstance(node.operator, cst.Multiply):
                    return left * right
                if isinstance(node.operator, cst.FloorDivide):
                    return floor_divided(left, right)
            return None
        if isinstance(node, cst.Integer):
            number = int_of(node)
            return None if number is None else Size.number(number, written=(self.resolver.location(node),))
        if isinstance(node, cst.UnaryOperation):
            operand = self._expression(node.expression, scope, env)
            if isinstance(node.operator, cst.Minus) and isinstance(operand, Size):
                return Size.number(0) - operand
            return None
        if isinstance(node, cst.IfExp):
            taken = is_tuple_test(node.test, env) if self.resolver.lookup("isinstance", scope) is None \
                and self.resolver.lookup("tuple", scope) is None else None
            if taken is None:  # `h.detach() if isinstance(h, torch.Tensor) else ...` (flow/form_tests.py)
                taken = tensor_test(node.test, env, scope, self.resolver)
            if taken is None:
                taken = branching.truth(node.test, scope, self.resolver, env,
                                        flag=lambda test: self._built_flag(test, scope, env))
            if taken is None:  # `0 if x.dim() == 1 else 1` (flow/ranks.py)
                taken = walked_truth(node.test, lambda side: self._expression(side, scope, dict(env)))
            if taken is not None:
                return self._expression(node.body if taken else node.orelse, scope, env)
        if isinstance(node, (cst.ListComp, cst.GeneratorExp)):
            mapped = self._mapped(node, scope, env)
            if mapped is not None:
                return mapped
        if isinstance(node, cst.NamedExpr) and isinstance(node.target, cst.Name):  # `(x := f(y))`
            env[node.target.value] = self._expression(node.value, scope, env)
            return env[node.target.value]
        if isinstance(node, cst.Yield):  # what a generator gives its loop
            given = None if node.value is None or isinstance(node.value, cst.From) \
                else self._expression(node.value, scope, env)
            if self._yielding:
                self._yielding[-1].append(given)
            return None
        if isinstance(node, (cst.Lambda, cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp)):
            return None  # their own names shadow ours: not followed
        # Anything else: still visit calls inside it, so that no feed is missed.
        for child in child_expressions(node):
            self._expression(child, scope, env)
        return None

    def _built_flag(self, test: cst.Attribute, scope: Any, env: dict[str, Val]) -> bool | None:
        """`if self.encoder.bidirectional:`: the flag the layer was built with."""
        if is_self(test.value):
            return None
        built = built_with(self._expression(test.value, scope, dict(env)), test.attr.value)
        return built if isinstance(built, bool) else None

    def _mapped(self, node: cst.ListComp | cst.GeneratorExp, scope: Any, env: dict[str, Val]) -> Tup | None:
        """`[f(h) for h in states]` over a tuple the walk knows: the tuple of what each item
        gives (one plain `for`, no `if`)."""
        loop = node.for_in
        if loop.inner_for_in is not None or loop.ifs or loop.asynchronous is not None \
                or not isinstance(loop.target, cst.Name):
            return None
        counted_items = counted.mapped_range(self, node, scope, env)  # bridges: `for i in range(n)`
        if counted_items is not None:
            return counted_items
        items = self._expression(loop.iter, scope, env)
        if isinstance(items, Tensor):  # bridges: `[x for x in h_n]`, a state's rows
            items = rows.rows_of(items)
        if not isinstance(items, (Tup, Tensor, Seq, Layer)) and isinstance(loop.iter, (cst.Name, cst.Attribute)):
            count = self._count(loop.iter, scope)
            if count is None:
                return None
            inner = dict(env)
            inner.pop(loop.target.value, None)  # each item alike: not known
            return Tup((self._expression(node.elt, scope, inner),) * count)
        if not isinstance(items, Tup):
            return None
        out = []
        for item in items.items:
            inner = dict(env)
            if item is None:
                inner.pop(loop.target.value, None)
            else:
                inner[loop.target.value] = item
            out.append(self._expression(node.elt, scope, inner))
        return Tup(tuple(out))

    def _count(self, node: cst.BaseExpression, scope: Any) -> int | None:
        """The items of a list the file writes out (`self.lags_seq` of a site's `[1, 2, 3]`)
        whose items the walk does not hold, as the resolver counts them."""
        ok, count, _ = self.resolver.length(node, scope, 0)
        return count if ok and isinstance(count, int) and 0 < count <= 64 else None

    def _instance_method(self, layer: Layer, name: str, node: cst.Call, scope: Any,
                         env: dict[str, Val]) -> Val:
        """`encoder.init_hidden(...)` on an instance of a class of the file: that method,
        inlined in the configuration the instance's site builds."""
        args = [self._passed(a.value, scope, env) for a in node.args if a.keyword is None]
        kwargs = {a.keyword.value: self._passed(a.value, scope, env)
                  for a in node.args if a.keyword is not None}
        if any(a.star for a in node.args):
            return None
        return self._instance_call(layer, name, args, kwargs)

    def _instance_call(self, layer: Layer, name: str, args: list, kwargs: dict) -> Val:
        """The method `name` of an instance of a class of the file, inlined with these
        arguments in the configuration the instance's site builds."""
        cls = layer.forward.parent if layer.forward is not None else None
        bindings = cls.bindings.get(name, []) if cls is not None else []
        if len(bindings) != 1 or not isinstance(bindings[0].node, cst.FunctionDef):
            return None
        method = next((s for s in self.scopes if s.node is bindings[0].node), None)
        if method is None:
            return None
        return self._in_site_configuration(layer, lambda: self._inline(method, args, kwargs))

    def _module_function(self, func: cst.Name, scope: Any, env: dict[str, Val]) -> Any:
        """`build(...)`: a function the module defines once, to inline."""
        if func.value in env:
            return None
        found = self.resolver.lookup(func.value, scope)
        if found is None or found[0].parent is not None or len(found[1]) != 1:
            return None
        node = found[1][0].node
        if not isinstance(node, cst.FunctionDef):
            return None
        return next((s for s in self.scopes if s.node is node), None)

    def _tensor_operation(self, node: cst.BinaryOperation, left: Val, right: Val) -> Val:
        """`weights * states`, `x + 1.0`, `a @ b`: broadcasting, or a matrix product."""
        if isinstance(node.operator, cst.MatrixMultiply):
            if unknown_weights(left):  # flow/weighted.py: `weights @ values`
                return weighted_sum("matmul", node.left, right, self.resolver.location(node))
            return self._op(left, "matmul", [right], {}, node)
        if not isinstance(node.operator, (cst.Add, cst.Subtract, cst.Multiply, cst.Divide)):
            return None
        number = isinstance(node.right if isinstance(left, Tensor) else node.left, (cst.Float, cst.Integer))
        tensor, other = (left, right) if isinstance(left, Tensor) else (right, left)
        if number:
            return tensor
        if not isinstance(other, (Tensor, Size)):  # not known: broadcasting still decides the last dim
            return broadcast_unranked(tensor, None, self.resolver.location(node))
        if tensor.dims is None:  # heads: the last dims may decide the broadcast (LC007)
            self.feeds.extend(f for f in [ops.elementwise_feed(self.path, tensor, other,
                                                               self.resolver.location(node))] if f)
        return self._op(tensor, "mul", [other], {}, node)

    def _flag_term(self, node: cst.BaseExpression, scope: Any, env: dict[str, Val], value: Val) -> Val:
        if not isinstance(value, Size) or value.value is not None \
                or (isinstance(node, cst.Name) and node.value in env):
            return value
        flag = self.resolver.flag_as_number(node, scope)
        return value if flag is None else flag

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
        if base is None:  # read_through.py: `CONFIG["batch"]`, `cfg.sizes["hidden"]`
            return read_through(self, node, scope, env)
        elements = [e.slice for e in node.slice]
        if isinstance(base, Seq):
            single = len(elements) == 1 and isinstance(elements[0], cst.Index)
            return self._item(base, elements[0].value, scope, env) if single else None
        if isinstance(base, Tup):
            self._pair_indexed(base, node)  # `hidden[-2, :, :]` of an LSTM's (h, c)
            if len(elements) > 1:  # results.py: `y[:, -1]` of a recurrent layer's whole result
                self._tuple_as_tensor(node, node.value, base, "index")
            if len(elements) == 1 and isinstance(elements[0], cst.Index):
                index = int_value(elements[0].value)
                if index is not None:
                    return base.items[index] if -len(base.items) <= index < len(base.items) else None
                item = self._item(base, elements[0].value, scope, env)  # `hidden[i]`, i first 0
                if isinstance(item, Tensor) and KEPT_ON not in item.origin:
                    # a tuple indexed per layer: fixed where indexed, unless it was read out of
                    # the object that wrapped it (`hidden = state.hidden`): fixed where read
                    location = self.resolver.location(node)
                    item = replace(item, origin=f"{self.resolver.text(node)} at line {location.line}",
                                   made_at=location)
                if item is not None:
                    return item
                index = counted.index_of(elements[0].value, env)  # bridges: `i` bound to a number
                if index is not None and -len(base.items) <= index < len(base.items):
                    return base.items[index]
                return None
            if len(elements) == 1 and isinstance(elements[0], cst.Slice):  # bridges: `out[:3]`
                return counted.tuple_slice(elements[0], base.items)
            return None
        if isinstance(base, Symbolic):
            if base.key.endswith("#shape"):
                if len(elements) == 1 and isinstance(elements[0], cst.Index):
                    index = int_value(elements[0].value)
                    if index is not None and index >= 0:
                        return dim_key(base.key[: -len("#shape")], index)
                return None
            self._fresh += 1  # `tokens[:, t]`: a tensor of unknown shape, its own sizes
            display, _, where = base.key.partition("@")
            return Symbolic(f"{display}[...]@{where}#{self._fresh}")
        if isinstance(base, Tensor):
            location = self.resolver.location(node)
            ints = frozenset(name for name, value in env.items() if isinstance(value, Size))
            indexed = indexing.index(base, elements, location.line, ints,
                                     lambda bound: self._size(bound, scope, env))
            past = counted.literal_past(base, elements, location)  # bridges: IndexError here
            stepped = None
            if not getattr(self, "_undecided", 0):  # heads: `out[:, -1, :]`, the dim -1 takes (LC007)
                made = steps.step_feed(self.path, base, node, location, self.resolver.text, self.resolver.location)
                if made is not None:
                    self.feeds.append(made)
                    stepped = location  # the rows it takes, for a loss against the targets
            if indexed is not None and stepped is not None:
                indexed = replace(indexed, stepped=stepped)
            if indexed is not None and as_pair_item(base, elements):  # `states[0]` of a GRU's h_n
                indexed = replace(indexed, origin=f"{self.resolver.text(node)} at line {location.line} "
                                                  f"({AS_PAIR_ITEM} {base.origin})")
            if indexed is not None and indexed.one_layer is not None and not _first_dim_whole(elements):
                indexed = replace(indexed, one_layer=None)  # `h.squeeze(0)[-1]`: a layer taken out
            return None if indexed is None else replace(indexed, made_at=location, past=past or indexed.past)
        return None

    def _call(self, node: cst.Call, scope: Any, env: dict[str, Val]) -> Val:
        func = node.func
        layer = self._callee_layer(func, scope, env)
        if layer is None and isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute):
            base = self._expression(func.value, scope, dict(env))
            layer = self._held_by(base, func.attr.value) or self._built_by(base, func.attr.value)
        if layer is not None and node not in self.records:
            args = []
            for arg in node.args:
                if arg.keyword is not None or arg.star == "**":
                    continue
                value = self._expression(arg.value, scope, env)
                if layer.kind == "module":  # its forward is inlined; `True` decides its `if`
                    value = flag_of(arg.value) or self._handed(value, arg.value, scope)
                if not arg.star:
                    args.append(value)
                elif isinstance(value, Tup):  # `self.module(*args)` with the args known
                    args.extend(value.items)
                else:
                    break  # what follows is not known
            kwargs = {a.keyword.value: self._expression(a.value, scope, env)
                      for a in node.args if a.keyword is not None}
            if layer.kind == "module":
                kwargs = {a.keyword.value: flag_of(a.value)
                          or self._handed(kwargs[a.keyword.value], a.value, scope)
                          for a in node.args if a.keyword is not None}
            if args and layer.kind in ("linear", "recurrent") and not layer.name.endswith("Cell"):
                self._tuple_as_tensor(node, node.args[0].value, args[0], f"layer {layer.name}")  # results.py
            if layer.kind == "recurrent" and self._states_spread(layer, node):
                args = args[:1]  # `lstm(x, h, c)`: reported as such, the states left unknown
            if layer.kind == PARTS:  # a Sequential with a module of the file (flow/parts.py)
                return apply_parts(self, layer, node, args[0] if args else None)
            if layer.kind in ("spatial", CHAIN):  # conv and pool stacks (flow/spatial.py)
                return applied(layer, args[0] if args else None, self.resolver.location(node))
            if layer.kind == "module" and isinstance(func, cst.Name) and env.get(func.value) is layer:
                return ops.carried_rows(args, self._kept_through(  # set_states.py: `model(x)`
                    func.value, layer, "forward", env, lambda: self._apply(layer, node, args, kwargs)))
            applied_to = self._apply(layer, node, args, kwargs)
            if layer.kind == "last-norm":  # flow/normed.py
                applied_to = normed(layer, args[0] if args else kwargs.get("input"), applied_to,
                                    self.resolver.location(node))
            return ops.carried_rows(args, applied_to)
        # a layer's constructor, a factory, a shape-keeping function, a tensor method
        constructed = self._layer_of_call(node, scope) \
            if isinstance(func, (cst.Name, cst.Attribute, cst.Call, cst.Subscript)) else None
        if constructed is not None:
            passed = [self._expression(a.value, scope, env) for a in node.args if not a.star and a.keyword is None]
            named = {a.keyword.value: self._expression(a.value, scope, env) for a in node.args if a.keyword is not None}
            return self._keeping(self._holding(constructed, node, passed, named), node, passed, named)
        if isinstance(func, cst.Attribute) and is_self(func.value):
            inlined = bool(node.args) or bool(self._depth)
            self._forget_left(self._own_method(func, scope), inlined)  # set_states.py
            if any(a.star for a in node.args):
                for arg in node.args:
                    self._expression(arg.value, scope, env)
                result = self._method_result(func, scope)
                inlined = bool(self._depth)
            else:
                args = [self._passed(a.value, scope, env) for a in node.args if a.keyword is None]
                kwargs = {a.keyword.value: self._passed(a.value, scope, env)
                          for a in node.args if a.keyword is not None}
                result = self._method_result(func, scope, args, kwargs)
            _forget_attributes(env)  # the method may assign them
            self._set_by_own_method(func, scope, env, inlined)  # set_states.py: `self.reset_state(b)`
            return result
        if any(isinstance(a.value, cst.Name) and a.value.value == "self" for a in node.args):
            _forget_attributes(env)  # `reset(self)`
        self._instance_passed(node, env)  # set_states.py: `train(model)` may change what it keeps
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) \
                and func.attr.value in REORDERING and isinstance(env.get(func.value.value), (Tup, Seq)):
            for arg in node.args:  # `states.insert(0, h)`: which item comes first is not known
                self._expression(arg.value, scope, env)
            env.pop(func.value.value)
            return None
        if isinstance(func, cst.Attribute):
            path = self.resolver.path_of(func, scope)
            if path is not None and (path.startswith("torch.") or path.startswith("torch")):
                return self._torch_function(path, node, scope, env)
            receiver = self._expression(func.value, scope, env)
            if isinstance(receiver, Layer) and func.attr.value in MODULE_ITSELF:
                for arg in node.args:
                    self._expression(arg.value, scope, env)
                return receiver  # `Encoder(...).eval()`: the same module
            if isinstance(receiver, Layer) and receiver.kind in ("module", "object"):
                if isinstance(func.value, cst.Name) and env.get(func.value.value) is receiver:
                    return self._kept_through(func.value.value, receiver, func.attr.value, env,
                                              lambda: self._instance_method(receiver, func.attr.value, node,
                                                                            scope, env))  # set_states.py
                return self._instance_method(receiver, func.attr.value, node, scope, env)
            self._tuple_as_tensor(node, func.value, receiver, f"attribute {func.attr.value}")  # results.py
            return self._method(receiver, func.attr.value, node, scope, env)
        if isinstance(func, cst.Name) and func.value == "next" and self._first_parameter(node, scope):
            return Symbolic(f"parameter@{scope.key}#weight")  # `weight.new(...)`'s receiver
        if isinstance(func, cst.Name) and func.value == "next" and len(node.args) == 1 \
                and not node.args[0].star and self.resolver.lookup("next", scope) is None:
            iterator = self._expression(node.args[0].value, scope, env)
            if isinstance(iterator, Layer) and iterator.kind in ("module", "object"):
                return self._instance_call(iterator, "__next__", [], {})  # an iterator of the file
            return None
        if isinstance(func, cst.Name) and func.value == "len" and len(node.args) == 1 \
                and not node.args[0].star and node.args[0].keyword is None \
                and self.resolver.lookup("len", scope) is None:
            return self._length(node, scope, env)
        if isinstance(func, cst.Name) and func.value == "tuple" and len(node.args) == 1 \
                and not node.args[0].star and node.args[0].keyword is None \
                and self.resolver.lookup("tuple", scope) is None:
            value = self._expression(node.args[0].value, scope, env)  # `tuple([...])`
            return value if isinstance(value, Tup) else None
        if isinstance(func, cst.Name):
            path = self.resolver.path_of(func, scope)
            if path is not None and path.startswith("torch."):
                return self._torch_function(path, node, scope, env)
            local = env.get(func.value)
            function = local.scope if isinstance(local, LocalFunction) else self._module_function(func, scope, env)
            if function is not None and not any(a.star for a in node.args):
                args = [self._passed(a.value, scope, env) for a in node.args if a.keyword is None]
                kwargs = {a.keyword.value: self._passed(a.value, scope, env)
                          for a in node.args if a.keyword is not None}
                return self._inline(function, args, kwargs)
            spread = spread_arguments(self, node, scope, env) if function is not None else None
            if spread is not None:  # spread.py: `make_gru(**GRU_ARGS)`
                return self._inline(function, *spread)
        loss = ops.loss_module(func, scope, self.resolver)
        if loss is not None:  # `criterion(prediction, target)`: tensors that must agree (LC007)
            passed = [self._expression(a.value, scope, env) for a in node.args if a.keyword is None]
            named = {a.keyword.value: self._expression(a.value, scope, env) for a in node.args if a.keyword}
            self.feeds.extend(f for f in [ops.loss_feed(self.path, loss, passed, named,
                                                        self.resolver.location(node))] if f)
            return None
        for arg in node.args:
            self._expression(arg.value, scope, env)
        return None

    def _torch_function(self, path: str, node: cst.Call, scope: Any, env: dict[str, Val]) -> Val:
        name = path.rsplit(".", 1)[-1]
        made_at = self.resolver.location(node)
        line = made_at.line
        positional = [a.value for a in node.args if not a.star and a.keyword is None]
        keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        values: list[Val] = []
        for arg in node.args:  # `torch.zeros(*shape)` with `shape` a known tuple
            if arg.keyword is not None:
                continue
            value = self._expression(arg.value, scope, env)
            if arg.star == "*" and isinstance(value, Tup):
                values.extend(value.items)
            elif arg.star:
                return None
            else:
                values.append(value)
        kw_values = {k: self._option(v, scope, env) for k, v in keywords.items()}
        if any(a.star == "**" for a in node.args):
            return None
        if path in ("torch." + n for n in FACTORIES) and values:
            sizes = values[:-1] if name == "full" else values
            if len(sizes) == 1 and isinstance(sizes[0], Tup):
                sizes = list(sizes[0].items)
            elif len(sizes) == 1 and not (isinstance(sizes[0], Size) and sizes[0].value is not None):
                # `torch.zeros(self.shape)`, `torch.randn(noise_shape)`: one argument that is
                # not a number may be a whole shape
                return None
            sizes = [as_size(s) for s in sizes]
            if not all(isinstance(s, Size) or s is None for s in sizes) or not sizes:
                return None
            dims = tuple(s if isinstance(s, Size) else None for s in sizes)
            return Tensor(dims, dims[-1], f"torch.{name}(...) at line {line}", line, made_at=made_at)
        legacy = legacy_tensor(path, values, kw_values, made_at)  # `torch.Tensor(8)`: sizes
        if legacy is not None:
            return legacy
        pooled = functional_pool(path, values, kw_values, made_at)  # `F.max_pool2d(x, 2)`
        if pooled is not None:
            return pooled
        if path == "torch.randint" and (values or "size" in kw_values):
            # `torch.randint(high, size)`, `torch.randint(low, high, size)`: the size is a tuple
            size = kw_values["size"] if "size" in kw_values else values[-1]
            if not isinstance(size, Tup) or not size.items or not all(isinstance(s, Size) for s in size.items):
                return None
            return Tensor(size.items, size.items[-1], f"torch.randint(...) at line {line}", line,
                          made_at=made_at)
        if path == "torch.tensor" and positional:
            shape = literal_shape(positional[0])
            if shape is None and values:
                shape = numbers_shape(values[0])  # `torch.tensor([start])`, start passed as 1
            if shape is None:
                return None
            dims = tuple(Size.number(n) for n in shape)
            return Tensor(dims, dims[-1] if dims else None, f"torch.tensor(...) at line {line}", line,
                          made_at=made_at)
        if name in ("cat", "concat", "concatenate", "stack") and path.count(".") == 1 and values:
            self._pairs_joined(values[0], node, name)  # an LSTM's (h, c) among the tensors
        if name in ("cat", "concat", "concatenate") and path.count(".") == 1 and values:
            dim = kw_values.get("dim", values[1] if len(values) > 1 else Size.number(0))
            self.feeds.extend(f for f in [ops.cat_feed(self.path, values[0], dim, made_at)] if f)  # LC007
            joined = cat(values[0], dim, line) or cat_with_unknown(  # flow/unknown_parts.py
                values[0], dim, line, positional[0] if positional else None, self.resolver.text)
            joined = mixed(joined, values[0])  # a head sized for the join
            return None if joined is None else replace(joined, made_at=made_at)
        if name in ("pack_padded_sequence", "pack_sequence") and values:
            source = values[0]
            if isinstance(source, Tensor):
                return replace(source, dims=None, packed=True, made_at=made_at)
            return None
        if name == "pad_packed_sequence" and values:
            source = values[0]
            if isinstance(source, Tensor) and ops.was_packed(source):  # ops.py: or unknown input
                padded = replace(source, dims=(None, None, source.last), packed=False, made_at=made_at,
                                 relaid=True)
                return Tup((padded, None))
            return None
        if name in SHAPE_KEEPING_FUNCTIONS and values and isinstance(values[0], Tensor):
            return values[0]
        if name == "stack" and path.count(".") == 1 and values:
            return self._stack(values[0], kw_values.get("dim", values[1] if len(values) > 1 else Size.number(0)),
                               node)
        met = ops.loss_feed(self.path, name, values, kw_values, made_at) if name != "einsum" else \
            ops.einsum_feed(self.path, getattr(positional[0], "evaluated_value", None) if positional else None,
                            values[1:], made_at)
        if met is not None:  # tensors that must agree, one of them a recurrent result (LC007)
            self.feeds.append(met)
        if name in WEIGHTED and path.count(".") == 1 and len(values) == 2 and unknown_weights(values[0]):
            return weighted_sum(name, positional[0] if positional else None, values[1], made_at)  # flow/weighted.py
        if path.count(".") == 1 and values and isinstance(values[0], Tensor):
            return self._op(values[0], name, values[1:], kw_values, node)
        return None

    def _stack(self, items: Val, dim: Val, node: cst.CSTNode) -> Val:
        if not isinstance(items, Tup) or ops.number(dim) is None:
            return None
        tensors = items.items
        if not tensors or not all(isinstance(t, Tensor) and t.dims is not None for t in tensors):
            return None
        dims = join.stack(tuple(t.dims for t in tensors), ops.number(dim))  # type: ignore[misc,arg-type]
        if dims is None:
            return None
        made_at = self.resolver.location(node)
        return Tensor(dims, dims[-1] if dims else None, f"torch.stack(...) at line {made_at.line}",
                      made_at.line, made_at=made_at)

    def _method(self, receiver: Val, name: str, node: cst.Call, scope: Any,
                env: dict[str, Val]) -> Val:
        args = [self._expression(a.value, scope, env) for a in node.args if a.keyword is None and not a.star]
        kwargs = {a.keyword.value: self._option(a.value, scope, env)
                  for a in node.args if a.keyword is not None}
        if any(a.star for a in node.args):
            return None
        self._pair_method(receiver, name, node)  # `hidden.squeeze(0)` of an LSTM's (h, c)
        if self._after_failure(node):  # `h.view(..., h.size(2))` of a 2-D h: torch raised already
            return None
        if name == "squeeze" and not args and not kwargs \
                and (isinstance(receiver, Tensor) or self._maybe_tensor(node, scope)):
            return squeezed(receiver, self.resolver.location(node),
                            lambda: self._op(receiver, name, args, kwargs, node)
                            if isinstance(receiver, Tensor) else None)  # flow/squeezed.py
        if name in ops.VIEWS and not isinstance(receiver, Tensor) and self._maybe_tensor(node, scope):
            return self._viewed_unknown(receiver, name, args, node)
        if name == "expand" and not isinstance(receiver, Tensor) and self._maybe_tensor(node, scope):
            return self._viewed_unknown(receiver, name, args, node, kwargs)
        if name in WEIGHTED and len(args) == 1 and not kwargs and unknown_weights(receiver) \
                and isinstance(node.func, cst.Attribute):  # flow/weighted.py: `weights.bmm(values)`
            return weighted_sum(name, node.func.value, args[0], self.resolver.location(node))
        if not isinstance(receiver, (Tensor, Symbolic)):
            return None
        if name in RANK_METHODS and not args and not kwargs and rank(receiver) is not None:
            return rank(receiver)  # `x.dim()` (flow/ranks.py)
        if name == "size" and not args and not kwargs:  # `x.size()`: as `x.shape`
            return self._shape_tuple(receiver)
        if name in ("size",) and len(args) == 1 and isinstance(args[0], Size) and args[0].value is not None:
            index = args[0].value
            if isinstance(receiver, Tensor) and receiver.dims is not None:
                self._dim_out_of_range(receiver, index, node)  # `h.size(2)` of a 2-D row
            if isinstance(receiver, Symbolic):
                return dim_key(receiver.key, index) if index >= 0 else None
            if receiver.dims is not None and -len(receiver.dims) <= index < len(receiver.dims):
                return receiver.dims[index]
            return None
        if name in NEW_TENSORS:  # `weight.new_zeros(layers, batch, hidden)`
            return self._new_tensor(name, args, node)
        if name in SHAPE_KEEPING_METHODS:
            return receiver  # `x.float()`, `x.to(device)`: still x, a parameter included
        if isinstance(receiver, Symbolic):
            return None
        return self._op(receiver, name, args, kwargs, node)

    def _length(self, node: cst.Call, scope: Any, env: dict[str, Val]) -> Val:
        """`len(x)`: a tensor's first dim, a tuple's items, else what the resolver knows of
        it (`len(FEATURES)` of a list the file writes)."""
        value = self._expression(node.args[0].value, scope, env)
        if isinstance(value, Tensor):
            return value.dims[0] if value.dims else None
        if isinstance(value, Tup):
            return Size.number(len(value.items))
        if isinstance(value, (Layer, Seq, Symbolic)):
            return None
        size = self.resolver.size(node, scope)
        return size if isinstance(size, Size) and size.value is not None else None

    def _maybe_tensor(self, node: cst.Call, scope: Any) -> bool:
        """The receiver of `x.view(...)` is not a module the file imports (`np.reshape`)."""
        func = node.func
        return isinstance(func, cst.Attribute) and self.resolver.path_of(func.value, scope) is None

    def _viewed_unknown(self, receiver: Val, name: str, args: list, node: cst.Call,
                        kwargs: dict | None = None) -> Val:
        """`x.view(1, -1, H)` of a tensor the walk does not know: whatever it was, torch
        gives it the sizes asked for (or raises), so the result is `(1, ?, H)`. With `kwargs`,
        `h.expand(L, B, H)` (ops.SIZED_UNRANKED) likewise; a -1 keeps a dim it does not know."""
        if receiver is not None and not isinstance(receiver, Symbolic):
            return None
        dims = ops.VIEWS[name](None, args, {}) if kwargs is None \
            else ops.SIZED_UNRANKED[name](None, args, kwargs)
        if not dims or all(size is None for size in dims):
            return None
        made_at = self.resolver.location(node)
        return Tensor(dims, dims[-1], f".{name}(...) at line {made_at.line}", made_at.line,
                      made_at=made_at)

    def _op(self, receiver: Tensor, name: str, args: list, kwargs: dict, node: cst.CSTNode) -> Val:
        """A tensor op from the table in `ops`: the result's dims from its shape function."""
        kwargs = ops.torch_keywords(kwargs)
        if name in ops.PIECES:  # `x.split(1, dim=1)`: pieces known by the first
            first = None if receiver.dims is None else ops.PIECES[name](receiver.dims, args, kwargs)
            if first is None:
                first = _piece_of_unknown_size(receiver, name, args, kwargs)
            if first is None:
                return None
            made_at = self.resolver.location(node)
            return Seq(replace(receiver, dims=first, last=first[-1] if first else None, part=None,
                               origin=f".{name}(...) at line {made_at.line}", line=made_at.line,
                               made_at=made_at))
        if name in ops.PICKS:
            return None if receiver.dims is None else self._picked(receiver, name, args, kwargs, node)
        if name in ops.VIEWS:
            dims = ops.VIEWS[name](receiver.dims, args, kwargs)
            kept = unit_view_width(receiver, args, dims, self.resolver.location(node))
            dims = dims if kept is None else dims[:-1] + (kept,)  # type: ignore[index]
        elif name in ops.TENSOR_OPS and receiver.dims is not None:
            dims = ops.TENSOR_OPS[name](receiver.dims, args, kwargs)
        elif name in ops.UNRANKED and receiver.dims is None and receiver.layer is not None:
            dims = ops.UNRANKED[name](receiver.last, args, kwargs)  # the rank, from the op
        elif name in ops.SIZED_UNRANKED and receiver.dims is None:
            dims = ops.SIZED_UNRANKED[name](receiver.last, args, kwargs)  # `expand(L, -1, -1)`
        elif receiver.dims is None and ops.keeps_last_unranked(name, receiver.last, args, kwargs):
            made_at = self.resolver.location(node)  # `context.squeeze(1)` of H > 1 features
            return replace(receiver, part=None, origin=f".{name}(...) at line {made_at.line}",
                           line=made_at.line, made_at=made_at)
        elif name in ops.ELEMENTWISE_OPS:  # flow/residual.py: the last dim, from broadcasting
            return broadcast_unranked(receiver, args[0] if args else None, self.resolver.location(node))
        else:
            return None
        product = ops.product_feed(self.path, name, receiver, args[0] if args else None,
                                   self.resolver.location(node))
        if product is not None:  # a matrix product a recurrent result meets (LC007)
            self.feeds.append(product)
        if dims is None and name in ops.ELEMENTWISE_OPS:
            return broadcast_unranked(receiver, args[0] if args else None, self.resolver.location(node))
        if dims is None:
            return None
        if ops.puts_rows_back(receiver, name, dims):  # a bridge of each layer: not a head's rows
            self.feeds[:] = ops.rows_put_back(self.feeds, receiver.one_layer)
            receiver = replace(receiver, one_layer=None)
        made_at = self.resolver.location(node)
        layers = {receiver.layer} | {a.layer for a in args if isinstance(a, Tensor)}
        folded = made_at if name in ops.VIEWS and views.folds_directions(receiver.dims, dims) \
            and receiver.layer is not None else ops.folded_kept(receiver, name)
        unfit = reshaping.unfit(receiver.dims, name, args, made_at, node)  # bridges: torch raises here
        if unfit is not None:  # where the tensor viewed was made (a factory's shape may be the fix)
            unfit = replace(unfit, viewed_at=receiver.made_at, viewed_origin=receiver.origin)
        first_at, last_at = kept_dims_at(receiver, dims, name)  # where a dim the op keeps was decided
        return replace(receiver, dims=dims, last=dims[-1] if dims else None, part=None,
                       origin=f".{name}(...) at line {made_at.line}", line=made_at.line,
                       layer=ops.result_layer(name, receiver, args, dims, layers), made_at=made_at,
                       folded=folded, unfit=unfit or receiver.unfit, first_at=first_at, last_at=last_at,
                       dims_at=dims_decided_at(receiver, dims, name, args, kwargs),
                       one_layer=made_at if ops.assumes_one_layer(receiver, name, args, dims)
                       else receiver.one_layer if ops.keeps_layer_rows(receiver, name, args, kwargs, dims)
                       else None,
                       one_row_view=reshaping.one_row_only(receiver, name, args, made_at, node)
                       or receiver.one_row_view)

    def _option(self, node: cst.BaseExpression, scope: Any, env: dict[str, Val]) -> Val:
        """A keyword of a tensor op: `keepdim=True` is 1, `False` 0 (the names not rebound)."""
        if isinstance(node, cst.Name) and node.value in ("True", "False") and node.value not in env:
            return Size.number(1 if node.value == "True" else 0)
        return self._expression(node, scope, env)

    def _first_parameter(self, node: cst.Call, scope: Any) -> bool:
        """`next(self.parameters())`, the idiom that finds a tensor of the module's device and
        dtype to make states from."""
        if len(node.args) != 1 or node.args[0].star or node.args[0].keyword is not None \
                or self.resolver.lookup("next", scope) is not None:
            return False
        inner = node.args[0].value
        return isinstance(inner, cst.Call) and not inner.args and isinstance(inner.func, cst.Attribute) \
            and is_self(inner.func.value) and inner.func.attr.value == "parameters"

    def _new_tensor(self, name: str, args: list, node: cst.Call) -> Val:
        """`x.new(a, b)`, `x.new_zeros((a, b))`...: a tensor of the sizes given, whatever x's
        shape (`new` with a list or a tensor copies data: not followed)."""
        sizes = args[:-1] if name == "new_full" else args
        if name == "new" and len(sizes) == 1 and not isinstance(sizes[0], Size):
            return None  # one argument: data to copy, or a size; not known which
        if len(sizes) == 1 and isinstance(sizes[0], Tup):
            sizes = list(sizes[0].items)
        sizes = [as_size(s) for s in sizes]
        if not sizes or not all(isinstance(s, Size) for s in sizes) \
                or any(isinstance(a.value, (cst.List, cst.Tuple)) for a in node.args if name == "new"):
            return None
        made_at = self.resolver.location(node)
        dims = tuple(sizes)
        return Tensor(dims, dims[-1], f".{name}(...) at line {made_at.line}", made_at.line,
                      made_at=made_at)

    def _picked(self, receiver: Tensor, name: str, args: list, kwargs: dict, node: cst.CSTNode) -> Val:
        """`outputs.max(1)`: (values, indices) of one shape; the indices are ids, no longer
        features of the layer the receiver came from."""
        picked = ops.PICKS[name](receiver.dims, args, kwargs)  # type: ignore[arg-type]
        if picked is None:
            return None
        dims, pair = picked
        made_at = self.resolver.location(node)
        values = replace(receiver, dims=dims, last=dims[-1] if dims else None, part=None,
                         origin=f".{name}(...) at line {made_at.line}", line=made_at.line,
                         made_at=made_at)
        if not pair:
            return replace(values, layer=None) if name in ops.INDICES else values
        indices = replace(values, layer=None, origin=f"the indices of .{name}(...) at line {made_at.line}")
        return Tup((values, indices))


def _piece_of_unknown_size(receiver: Tensor, name: str, args: list, kwargs: dict) -> tuple | None:
    """`h.chunk(2, dim=1)` where the size cut is not known: each piece has the receiver's
    rank, that dim unknown (what the pieces' form needs, an LSTM's `(h, c)` cut from one
    tensor)."""
    if name not in ("chunk", "split") or receiver.dims is None:
        return None
    dim = kwargs.get("dim", args[1] if len(args) > 1 else Size.number(0))
    index = dim.value if isinstance(dim, Size) else None
    rank = len(receiver.dims)
    if index is None or not -rank <= index < rank:
        return None
    dims = list(receiver.dims)
    dims[index] = None
    return tuple(dims)


def cat(items: Val, dim: Val, line: int) -> Tensor | None:
    if not isinstance(items, Tup) or not isinstance(dim, Size) or dim.value is None:
        return None
    tensors = items.items
    if not tensors or not all(isinstance(t, Tensor) and t.dims is not None for t in tensors):
        return joined.cat_partly_known(items, dim, line)  # bridges: some ranks unknown
    dims = join.cat(tuple(t.dims for t in tensors), dim.value)  # type: ignore[misc]
    if dims is None:
        return None
    layers = {t.layer for t in tensors}  # type: ignore[union-attr]
    layer = layers.pop() if len(layers) == 1 else None
    return joined.carried(Tensor(dims, dims[-1], f"torch.cat(...) at line {line}", line, layer), tensors)


def floor_divided(size: Size, divisor: Size) -> Size | None:
    """`n // k`: a number, or a polynomial every coefficient of which k divides (`(2 * h) // 2`
    is `h`); None otherwise."""
    k = divisor.value
    if k is None or k < 1:
        return None
    if size.value is not None:
        return Size.number(size.value // k)
    if any(coefficient % k for _, coefficient in size.terms):
        return None
    return Size(tuple((monomial, coefficient // k) for monomial, coefficient in size.terms), size.assumed)


def _first_dim_whole(elements: list) -> bool:
    """A subscript that leaves the first dim whole (`x[:, -1]`, `x[..., :H]`), so rows a view
    made of a state's layers stay rows."""
    first = elements[0] if elements else None
    if isinstance(first, cst.Slice):
        return first.lower is None and first.upper is None and first.step is None
    return isinstance(first, cst.Index) and isinstance(first.value, cst.Ellipsis)
