"""The statement walker: each function once, its statements in order, branches on copies of
what is known, loop bodies with the values from before the loop."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import libcst as cst

from lstmcheck.lint.flow import branching
from lstmcheck.lint.flow.asserted import asserted_calls
from lstmcheck.lint.flow.apply import Applications
from lstmcheck.lint.flow.batches import BatchSources, tensors_in
from lstmcheck.lint.flow.expressions import Expressions
from lstmcheck.lint.flow.held import HeldLayers
from lstmcheck.lint.flow.kept import KeptByObjects, KeptStates, is_tuple_test
from lstmcheck.lint.flow.form_tests import tensor_test
from lstmcheck.lint.flow.kind_flags import tests_a_kind_flag
from lstmcheck.lint.flow.lazy import decided_by_none, is_none_literal
from lstmcheck.lint.flow.overridden import overridden
from lstmcheck.lint.flow.pairs import StatePairs
from lstmcheck.lint.flow.ranks import walked_truth
from lstmcheck.lint.flow.sequences import every_item_alike
from lstmcheck.lint.flow.sequences import LocalFunction
from lstmcheck.lint.flow.stacks import Stacks
from lstmcheck.lint.flow.layers import Layers
from lstmcheck.lint.flow.results import ResultForms
from lstmcheck.lint.flow.sequences import FIRST_COUNTER, Seq, Sequences, first_of, is_generator, same_shape
from lstmcheck.lint.flow.set_states import SetStates
from lstmcheck.lint.flow.carried import CarriedStates
from lstmcheck.lint.flow.syntax import assigned_names, flag_of, int_value, is_self, params, target_names
from lstmcheck.lint.flow.values import GONE, IS_FALSE, IS_NONE, IS_TRUE, Layer, Symbolic, Tup, Val, dim_key
from lstmcheck.lint.scopes import names_in
from lstmcheck.records import CallRecord, Feed, Handover, Tensor
from lstmcheck.sizes import Size

_MAX_INLINE = 3  # calls inlined within calls
NO_VALUE = object()  # `return` / `return None`
ENDED = "<ended>"  # in an env: this way through has left the block (return, raise, break, continue)


RECURRENT_CLASSES = frozenset({"LSTM", "GRU", "RNN", "LSTMCell", "GRUCell", "RNNCell"})


def _layer_class_test(test: cst.BaseExpression, env: dict[str, Val], scope: Any,
                      resolver: Any) -> bool | None:
    """`isinstance(rnn, nn.LSTM)`, `isinstance(rnn, (nn.LSTM, nn.LSTMCell))`, `type(rnn) is
    nn.GRU` for a name the walk knows to hold one of torch's recurrent layers."""
    if isinstance(test, cst.Call) and isinstance(test.func, cst.Name) and test.func.value == "isinstance" \
            and len(test.args) == 2 and not any(a.star or a.keyword for a in test.args):
        subject, classes = test.args[0].value, test.args[1].value
        listed = [e.value for e in classes.elements] if isinstance(classes, cst.Tuple) else [classes]
    elif isinstance(test, cst.Comparison) and len(test.comparisons) == 1 \
            and isinstance(test.comparisons[0].operator, (cst.Is, cst.Equal)) \
            and isinstance(test.left, cst.Call) and isinstance(test.left.func, cst.Name) \
            and test.left.func.value == "type" and len(test.left.args) == 1:
        subject, listed = test.left.args[0].value, [test.comparisons[0].comparator]
    else:
        return None
    layer = env.get(subject.value) if isinstance(subject, cst.Name) else None
    if not isinstance(layer, Layer) or layer.kind != "recurrent" or layer.name not in RECURRENT_CLASSES:
        return None
    if resolver.lookup("isinstance", scope) is not None or resolver.lookup("type", scope) is not None:
        return None
    names = []
    for node in listed:
        path = resolver.path_of(node, scope) if isinstance(node, (cst.Name, cst.Attribute)) else None
        if path is None or not path.startswith("torch.nn.") or path.rsplit(".", 1)[-1] not in RECURRENT_CLASSES:
            return None  # a base class, a class of the file: not decided here
        names.append(path.rsplit(".", 1)[-1])
    return layer.name in names


def _none_test(test: cst.BaseExpression, env: dict[str, Val]) -> bool | None:
    """`x is None` / `x is not None` for a name the walk knows to hold a tensor, a tuple or a
    layer: it is not None."""
    if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return None
    left = test.left.target if isinstance(test.left, cst.NamedExpr) else test.left  # `(x := f())`
    if not isinstance(left, cst.Name):
        return None
    target = test.comparisons[0]
    if not (isinstance(target.comparator, cst.Name) and target.comparator.value == "None"):
        return None
    value = env.get(left.value)
    if value is not IS_NONE and not isinstance(value, (Tensor, Tup, Layer)):
        return None
    if isinstance(target.operator, cst.Is):
        return value is IS_NONE
    if isinstance(target.operator, cst.IsNot):
        return value is not IS_NONE
    return None


def _shape(tensor: Tensor | None) -> tuple | None:
    """What a rule can tell of a tensor: its shape, not where it was made."""
    return None if tensor is None else (tensor.dims, tensor.last, tensor.packed)


def _knows_less(general: Tensor | None, particular: Tensor | None) -> bool:
    """`particular` agrees with `general` wherever `general` knows a dim."""
    if general is None or (general.dims is None and general.last is None):
        return True
    if particular is None or general.packed != particular.packed:
        return False
    if general.last is not None and general.last != particular.last:
        return False
    if general.dims is None:
        return True
    return particular.dims is not None and len(general.dims) == len(particular.dims) and all(
        a is None or a == b for a, b in zip(general.dims, particular.dims))


def _refines(first: Feed, second: Feed) -> bool:
    """The second step's feed knows all the first's did, and more (or the same)."""
    states = first.states if first.states else (None,) * len(second.states)
    return len(states) == len(second.states) and _knows_less(first.input, second.input) \
        and all(_knows_less(a, b) for a, b in zip(states, second.states))


ON_A_LAYER = object()  # a value computed from a layer the walk holds (`isinstance(rnn, nn.LSTM)`)


def _on_a_layer(node: cst.BaseExpression, env: dict[str, Val]) -> bool:
    """Whether an expression reads a layer the walk holds, or a value computed from one."""
    return any(isinstance(env.get(n), Layer) or env.get(n) is ON_A_LAYER for n in names_in(node))


def _marked_defaults(parameters: cst.Parameters) -> dict[str, object]:
    """The parameters whose default is `None`, `True` or `False`, and its mark: IS_NONE (so
    `x is None` holds), IS_TRUE or IS_FALSE (so `if x:` is decided)."""
    every = (*parameters.posonly_params, *parameters.params, *parameters.kwonly_params)
    marks = {p.name.value: flag_of(p.default) for p in every}
    marks.update({p.name.value: IS_NONE for p in every
                  if isinstance(p.default, cst.Name) and p.default.value == "None"})
    return {name: mark for name, mark in marks.items() if mark is not None}


class FlowWalker(Layers, Applications, Stacks, Expressions, KeptStates, Sequences, HeldLayers, BatchSources,
                 KeptByObjects, StatePairs, ResultForms, SetStates, CarriedStates):
    """One per file: walks every function body and the module body, collecting feeds."""

    def __init__(self, module: cst.Module, scopes: list, resolver: Any, path: str,
                 records: dict[cst.Call, CallRecord], site_values: dict | None = None,
                 rebuild: Any = None) -> None:
        self.module = module
        self.scopes = scopes
        self.resolver = resolver
        self.path = path
        self.records = records
        self.feeds: list[Feed] = []
        self._class_layers: dict[tuple, dict[str, Layer]] = {}
        self._class_tensors: dict[tuple, Tensor | None] = {}
        self._kept: dict[tuple, Val] = {}  # states __init__ keeps on self
        self._foreign: frozenset[str] | None = None
        self._assigned_in: dict[int, dict[str, list[int]]] = {}  # method -> its self.X lines
        self._generators: dict[int, bool] = {}
        self._scopes_by_node: dict[int, Any] | None = None
        self._holders: list[tuple] = []  # (class, its held layers) of instances being inlined
        self._returns: dict[int, Val] = {}
        self._fresh = 0
        self._depth = 0  # calls being inlined
        self._returning: list[list[Val]] = []  # per function being walked: what its returns give
        self._yielding: list[list[Val]] = []  # and what its yields give
        # (class, line) -> the parameter values `Class(...)` passes there: an instance's
        # forward is inlined in the configuration its site builds
        self.site_values = site_values or {}
        self.rebuild = rebuild  # node -> its record in the resolver's configuration
        self._rebuilt: dict[tuple, CallRecord] = {}
        self._inlined: list[tuple[Feed, dict[str, Size]]] = []
        self._again = False  # walking a loop's second iteration
        # (feeds, inlined) counts where the function being walked met an `if` on what kind of
        # layer it was given that the walk cannot decide: what it feeds from there is not kept
        self._unsure_from: tuple[int, int] | None = None
        self._batch_loops: list = []  # loops over the data's batches being walked
        self._handed_from: dict[int, tuple[Tensor, Tensor]] = {}  # id(handed) -> (it, the caller's)
        self._undecided = 0  # `if` statements being walked whose way the walk cannot decide
        self.calls: Any = ()  # the collector's calls: an inlined instance's sites are bound again
        self.instance_sites: dict = {}  # (class, configuration) -> its sites (flow/site_configs.py)

    def run(self, only: frozenset[int] | None = None, skip: frozenset[int] = frozenset()
            ) -> tuple[Feed, ...]:
        """Walk the module body and every function; `only` / `skip`: ids of the scopes to walk
        or leave (a configured class is walked once per configuration)."""
        for scope in self.scopes:
            if (only is not None and id(scope) not in only) or id(scope) in skip:
                continue
            if scope.kind == "module":
                self._walk_body(self.module.body, scope, {})
            elif scope.kind == "function" and isinstance(scope.node, cst.FunctionDef):
                self._function(scope)
        return tuple(self.feeds)

    @property
    def inlined(self) -> list[tuple[Feed, dict[str, Size]]]:
        """Feeds met while a call was inlined, with the values the call gave the parameters."""
        return self._inlined

    def _inline(self, scope: Any, args: list, kwargs: dict) -> Val:
        """Walk a function as this call runs it: its parameters are the values passed (a
        tensor's dims, a size), the others as in its own walk; what it returns."""
        if self._depth >= _MAX_INLINE or not isinstance(scope.node, cst.FunctionDef):
            return None
        names = [p for p in params(scope.node.params)]
        if names and names[0] == "self" and scope.parent is not None and scope.parent.kind == "class":
            names = names[1:]
        env: dict[str, Val] = {}
        mapping: dict[str, Size] = {}
        star = scope.node.params.star_arg
        plain = [p.name.value for p in (*scope.node.params.posonly_params, *scope.node.params.params)]
        plain = [n for n in plain if n in names]
        passed = dict(zip(plain, args))
        if isinstance(star, cst.Param) and len(args) >= len(plain):  # `forward(self, *args)`
            passed[star.name.value] = Tup(tuple(args[len(plain):]))
        passed.update({k: v for k, v in kwargs.items() if k in names})
        defaults = _marked_defaults(scope.node.params)
        for name in names:
            own = f"{name}@{scope.key}"
            value = passed.get(name)
            if value is None and name not in passed:
                value = defaults.get(name)
            if value is IS_NONE or value is IS_TRUE or value is IS_FALSE:
                env[name] = value
                continue
            if value is None:
                env[name] = Symbolic(own)
                continue
            if isinstance(value, Size) and value.value is None:
                # a named size keeps the parameter's own name, as in the function's own walk:
                # messages say `batch`, what the function calls it
                env[name] = Symbolic(own)
                continue
            env[name] = value
            if isinstance(value, Size):
                mapping[own] = value
            elif isinstance(value, Tensor) and value.dims is not None:
                for i, size in enumerate(value.dims):
                    if size is not None:
                        mapping[f"{name}.size({i})@{scope.key}"] = size
            elif isinstance(value, Symbolic) and "#" not in value.key:
                mapping[own] = Size.named(value.key)
                for i in range(4):
                    mapping[f"{name}.size({i})@{scope.key}"] = dim_key(value.key, i)
        self._take_seed(scope, env)  # set_states.py: what the instance keeps, as a call starts
        saved, self.feeds = self.feeds, []
        self._depth += 1
        try:
            result = self._walk_function(scope, env)
        finally:
            self._depth -= 1
            made, self.feeds = self.feeds, saved
        self._inlined.extend((feed, mapping) for feed in made)
        return result

    def _handed(self, value: Any, node: cst.BaseExpression, scope: Any) -> Any:
        """An argument of a call the walk inlines, its tensors marked with where the caller
        hands them over: the argument, or the one assignment of the name passed."""
        if not isinstance(value, (Tensor, Tup)):
            return value
        location = self.resolver.location(node)
        if isinstance(node, cst.Name):  # the one binding above the call (the call's own
            # statement may bind the name again: `out, h = model(x, h)`)
            bindings = getattr(scope, "bindings", {}).get(node.value, [])
            spans = [None if b.node is None else self.resolver.location(b.node) for b in bindings]
            above = [b for b, span in zip(bindings, spans) if span is not None and span.end_line < location.line]
            rest = [span for span in spans if span is None or span.end_line >= location.line]
            if len(above) == 1 and above[0].kind == "assign" \
                    and isinstance(above[0].payload, cst.BaseExpression) \
                    and all(span is not None and span.contains(location) for span in rest):
                location = self.resolver.location(above[0].payload)

        def mark(item: Any) -> Any:
            if not isinstance(item, Tensor):
                return item
            handed = replace(item, handed=item.handed + (Handover(location, item.made_at),))
            self._handed_from[id(handed)] = (handed, item)
            return handed
        return Tup(tuple(mark(i) for i in value.items)) if isinstance(value, Tup) else mark(value)

    def _unhanded(self, tensor_id: int) -> int:
        """The id of the caller's tensor a handed one stands for (a state made before a loop
        over batches is the same state inside the function it is handed to)."""
        while tensor_id in self._handed_from:
            tensor_id = id(self._handed_from[tensor_id][1])
        return tensor_id

    def _walk_function(self, scope: Any, env: dict[str, Val]) -> Val:
        """Walk a body; what it returns when every `return` the walk reaches gives the same
        value (an early `return None` in a branch the values rule out is not reached)."""
        body = scope.node.body
        statements = list(body.body) if isinstance(body, cst.IndentedBlock) else [body]
        self._returning.append([])
        self._yielding.append([])
        outer, self._unsure_from = self._unsure_from, None
        try:
            self._walk_body(statements, scope, env)
            self._note_left(scope, env)  # set_states.py: the states it leaves on self
        finally:
            returned = self._returning.pop()
            yielded = self._yielding.pop()
            if self._unsure_from is not None:
                del self.feeds[self._unsure_from[0]:]
                del self._inlined[self._unsure_from[1]:]
            self._unsure_from = outer
        if id(scope.node) not in self._generators:
            self._generators[id(scope.node)] = is_generator(scope.node)
        if self._generators[id(scope.node)]:  # `for batch in batches(...)`: what each step yields
            return Seq(yielded[0]) if yielded and all(same_shape(yielded[0], v) for v in yielded) else None
        if not returned:  # (a nested function's returns are not walked: they are its own)
            return None
        first = returned[0]
        if first is NO_VALUE or any(value is not first for value in returned[1:]):
            return None
        return first

    def _function(self, scope: Any) -> Val:
        """Walk a function once; what it returns, when it has one `return` at the end."""
        if id(scope) in self._returns:
            return self._returns[id(scope)]
        self._returns[id(scope)] = None  # a recursive call sees an unknown result
        env: dict[str, Val] = {}
        for param in params(scope.node.params):
            if param != "self":
                env[param] = Symbolic(f"{param}@{scope.key}")
        result = self._walk_function(scope, env)
        self._returns[id(scope)] = result
        return result

    def _method_result(self, func: cst.Attribute, scope: Any, args: list | None = None,
                       kwargs: dict | None = None) -> Val:
        """`self.init_state(...)`: what that method of this class returns (inlined with the
        values passed, when it is passed any)."""
        cls = scope.parent if scope.kind == "function" else None
        if cls is None or cls.kind != "class":
            return None
        bindings = cls.bindings.get(func.attr.value, [])
        if len(bindings) != 1 or not isinstance(bindings[0].node, cst.FunctionDef) \
                or overridden(cls, func.attr.value):  # flow/overridden.py
            return None
        for candidate in self.scopes:
            if candidate.node is bindings[0].node:
                if args or kwargs or self._depth:
                    return self._inline(candidate, args or [], kwargs or {})
                return self._function(candidate)
        return None

    # statements ----------------------------------------------------------------------------
    def _walk_body(self, statements: Any, scope: Any, env: dict[str, Val]) -> None:
        for statement in statements:
            if ENDED in env:  # after `return`/`raise`/`break`: nothing below runs on this way
                return
            self._statement(statement, scope, env)

    def _statement(self, node: cst.CSTNode, scope: Any, env: dict[str, Val]) -> None:
        if isinstance(node, cst.SimpleStatementLine):
            for small in node.body:
                self._small(small, scope, env)
        elif isinstance(node, cst.BaseSmallStatement):  # `if c: return x` on one line
            self._small(node, scope, env)
        elif isinstance(node, cst.FunctionDef):  # a helper defined here: called, it is inlined
            inner = self._scope_of(node)
            if inner is None:
                env.pop(node.name.value, None)
            else:
                env[node.name.value] = LocalFunction(inner)
        elif isinstance(node, cst.ClassDef):
            env.pop(node.name.value, None)
        elif isinstance(node, cst.If):
            if isinstance(node.test, cst.Comparison) and isinstance(node.test.left, cst.NamedExpr):
                self._expression(node.test.left, scope, env)  # `if (x := f()) is not None:` binds x
                node_test = node.test.with_changes(left=node.test.left.target)
            else:
                node_test = node.test
            taken = _none_test(node_test, env)
            if taken is None:  # `if state is None or reset:` (flow/lazy.py)
                taken = decided_by_none(node_test, env, _none_test)
            if taken is None:  # `if isinstance(h, torch.Tensor):` (flow/form_tests.py)
                taken = tensor_test(node_test, env, scope, self.resolver)
            if taken is None and self.resolver.lookup("isinstance", scope) is None \
                    and self.resolver.lookup("tuple", scope) is None:
                taken = is_tuple_test(node.test, env)
            if taken is None:
                taken = _layer_class_test(node.test, env, scope, self.resolver)
            if taken is None:
                taken = branching.truth(node.test, scope, self.resolver, env,
                                        flag=lambda test: self._built_flag(test, scope, env))
            if taken is None:  # `if x.dim() == 2:` of a tensor whose rank is known (flow/ranks.py)
                taken = walked_truth(node.test, lambda side: self._expression(side, scope, dict(env)))
            self._expression(node_test, scope, env)
            if taken is None and self._unsure_from is None and (
                    _on_a_layer(node.test, env) or tests_a_kind_flag(node.test, scope, self.resolver)):
                # `if is_lstm:` with `is_lstm = isinstance(rnn, nn.LSTM)`, `rnn.mode == "LSTM"`:
                # each way may be the one this layer takes; pairing it with the other is wrong
                self._unsure_from = (len(self.feeds), len(self._inlined))
            if taken is None:
                self._undecided += 1  # what only one way may run (flow/pairs.py stays silent there)
                try:
                    with self._undecided_test(node.test):  # results.py: an `if` that may choose the kind
                        self._branches([node.body, node.orelse], scope, env, join=True)
                finally:
                    self._undecided -= 1
            else:  # the configuration decides the branch: walk that one as straight code
                self._block(node.body if taken else node.orelse, scope, env)
        elif isinstance(node, (cst.For, cst.While)):
            # The body is walked as its first iteration runs, with the values from before the
            # loop (`h, c = cell(x_t, (h, c))` meets the initial states first), then as its
            # second runs, with what the first bound; what the loop assigns is unknown after it.
            assigned = assigned_names(node)
            alike = False  # whether every item of the loop has the first's shape
            if isinstance(node, cst.For):
                iterated = self._iterated(node.iter, scope, env)
                for name in target_names(node.target):
                    env.pop(name, None)
                first = first_of(iterated)
                if isinstance(iterated, Tensor) and isinstance(first, Tensor):
                    # a row cut by the loop (`for step in seq:`), as `seq[i]` is cut where indexed
                    first = replace(first, made_at=self.resolver.location(node.target))
                if first is not None:  # the first iteration's item: a stack's first layer
                    self._bind(node.target, first, env)
                    alike = every_item_alike(iterated, node)  # a tensor's rows, a stack built alike
                counter = self._counter(node, scope)
                if counter is not None:  # `for t in range(steps)`: t is an int
                    name, suffix = counter
                    env[name] = Size.named(f"{name}@{scope.key}{suffix}")
            start = dict(env)
            made = len(self.feeds)
            source = self._batch_source(node.iter, scope) if isinstance(node, cst.For) else None
            if source is not None:  # what exists before it is carried from batch to batch
                before: set[int] = set()
                for value in start.values():
                    tensors_in(value, before)
                self._batch_loops.append((source, before))
            try:
                ways = self._branches([node.body, node.orelse], scope, env)
                if ENDED not in ways[0]:  # a body that always leaves has no second iteration
                    self._second_iteration(node, scope, start, ways[0], self.feeds[made:], alike)
            finally:
                if source is not None:
                    self._batch_loops.pop()
            for name in assigned:
                env.pop(name, None)
        elif isinstance(node, cst.With):
            for item in node.items:
                self._expression(item.item, scope, env)
                if item.asname is not None:
                    for name in target_names(item.asname.name):
                        env.pop(name, None)
            self._block(node.body, scope, env)
        elif isinstance(node, cst.Try):
            self._block(node.body, scope, env)
            env.pop(ENDED, None)  # a handler may run instead, and the code after the `try`
            others = [h.body for h in node.handlers] + [node.orelse, node.finalbody]
            self._branches(others, scope, env)
        else:  # match, try-star, anything new: forget what it may assign
            for name in assigned_names(node):
                env.pop(name, None)

    def _scope_of(self, node: cst.CSTNode) -> Any:
        """The scope of a function's node."""
        if self._scopes_by_node is None:
            self._scopes_by_node = {id(s.node): s for s in self.scopes if s.node is not None}
        return self._scopes_by_node.get(id(node))

    def _counter(self, node: cst.For, scope: Any) -> tuple[str, str] | None:
        """The int a loop counts with: `t` of `for t in range(...)` or of `for t, x in
        enumerate(...)`, when the file does not rebind `range` / `enumerate`; with the suffix
        of its size's key, which says whether it is 0 in the first iteration."""
        call = node.iter
        if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name) \
                or call.func.value not in ("range", "enumerate") \
                or self.resolver.lookup(call.func.value, scope) is not None:
            return None
        target = node.target
        positional = [a for a in call.args if a.keyword is None and not a.star]
        if call.func.value == "enumerate":
            if not isinstance(target, cst.Tuple) or len(target.elements) != 2:
                return None
            target = target.elements[0].value
            zero = len(call.args) == 1 and len(positional) == 1
        else:
            zero = len(positional) == len(call.args) and (
                len(positional) == 1 or (len(positional) in (2, 3) and int_value(positional[0].value) == 0))
        if not isinstance(target, cst.Name):
            return None
        return target.value, FIRST_COUNTER if zero else "#for"

    def _second_iteration(self, node: cst.For | cst.While, scope: Any, start: dict[str, Val],
                          after_first: dict[str, Val], first_feeds: list[Feed], alike: bool) -> None:
        """Walk a loop's body again as its second iteration runs: each name the first
        iteration bound holds what it bound (the output of a step fed back as the next
        input, the states a layer returned); the loop's item is the next one, known only
        when the items are alike (a tensor's rows), a `range` counter no longer 0. A feed of
        the second step counts when it knows what the first step's did not (it takes that
        one's place) or shows the layer another input; one the same as the first's, or only
        with other states (a layer's own states fed back), adds nothing but a twin finding.
        What returns and yields give in it is not counted. Bounded: no second iteration
        inside another's."""
        if self._again:
            return
        env = dict(start)
        for name in set(start) | set(after_first):
            value = after_first.get(name, GONE)
            if value is start.get(name, GONE):
                continue
            if value is GONE:
                env.pop(name, None)
            else:
                env[name] = value
        if isinstance(node, cst.For):
            for name in target_names(node.target):
                if not alike:
                    env.pop(name, None)
            counter = self._counter(node, scope)
            if counter is not None:
                env[counter[0]] = Size.named(f"{counter[0]}@{scope.key}#for")
        saved, self.feeds = self.feeds, []
        self._again = True
        if self._returning:
            self._returning.append([])
            self._yielding.append([])
        try:
            self._block(node.body, scope, env)
        finally:
            if self._returning:
                self._returning.pop()
                self._yielding.pop()
            self._again = False
            made, self.feeds = self.feeds, saved
        for feed in made:
            here = [i for i, first in enumerate(self.feeds) if first.location == feed.location
                    and first.layer == feed.layer and any(first is f for f in first_feeds)]
            shapes = [_shape(t) for t in (feed.input, *feed.states)]
            if any([_shape(t) for t in (self.feeds[i].input, *self.feeds[i].states)] == shapes
                   for i in here):
                continue  # the same shapes: the first step's feed says it all
            refined = [i for i in here if _refines(self.feeds[i], feed)]
            if refined:  # the first step's unknowns are known in the second
                self.feeds[refined[0]] = feed
            elif not any(_shape(self.feeds[i].input) == _shape(feed.input) for i in here):
                self.feeds.append(feed)  # a step fed another input than the first

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

    def _branches(self, blocks: list, scope: Any, env: dict[str, Val],
                  join: bool = False) -> list[dict[str, Val]]:
        """Walk each branch on its own copy; afterwards anything a branch assigned is unknown,
        unless (`join`: the branches of an `if`, one of which runs) every way through gives it
        the same shape (`if self.training: x = self.dropout(x)`). What each way ends with."""
        changed: set[str] = set()
        ways: list[dict[str, Val]] = []
        for block in blocks:
            if block is None:
                ways.append(env)  # no `else`: the way past the `if` keeps what was known
                continue
            copy = dict(env)
            self._block(block, scope, copy)
            ways.append(copy)
            changed |= {k for k in set(copy) | set(env) if copy.get(k, GONE) is not env.get(k, GONE)}
            changed |= assigned_names(block)
        changed.discard(ENDED)
        # an `if` way that left goes no further; a loop's body or a handler may not run at all
        going = [way for way in ways if ENDED not in way]
        if join and not going:
            env[ENDED] = ways[0][ENDED]
            return ways
        for name in changed:
            values = [way.get(name, GONE) for way in (going if join else ways)]
            kept = values[0] if join and all(same_shape(values[0], v) for v in values[1:]) else GONE
            if kept is GONE:
                env.pop(name, None)
            else:
                env[name] = env[name] if name in env and any(v is env[name] for v in values) else kept
        return ways

    def _small(self, node: cst.BaseSmallStatement, scope: Any, env: dict[str, Val]) -> None:
        if isinstance(node, cst.Assign):
            value = self._expression(node.value, scope, env)
            if value is None and _on_a_layer(node.value, env):
                value = ON_A_LAYER  # `is_lstm = isinstance(rnn, nn.LSTM)`: a fact of the layer
            if value is None and is_none_literal(node.value, scope, self.resolver):
                value = IS_NONE  # `state = None` before a loop that sets it lazily (flow/lazy.py)
            self._result_unpacked(node, value)  # results.py: `out, h, c = self.lstm(x)`
            for target in node.targets:
                self._bind(target.target, value, env)
        elif isinstance(node, cst.AnnAssign):
            value = self._expression(node.value, scope, env) if node.value is not None else None
            self._bind(node.target, value, env)
        elif isinstance(node, cst.AugAssign):
            self._expression(node.value, scope, env)
            self._bind(node.target, None, env)
        elif isinstance(node, cst.Return):
            none = node.value is None or (isinstance(node.value, cst.Name) and node.value.value == "None")
            value = NO_VALUE if none else self._expression(node.value, scope, env)  # type: ignore[arg-type]
            if self._returning:
                self._returning[-1].append(value)
            env[ENDED] = NO_VALUE
        elif isinstance(node, cst.Raise):
            if node.exc is not None:
                self._expression(node.exc, scope, env)
            env[ENDED] = NO_VALUE
        elif isinstance(node, (cst.Break, cst.Continue)):
            env[ENDED] = NO_VALUE
        elif isinstance(node, cst.Expr):
            self._expression(node.value, scope, env)
        elif isinstance(node, cst.Assert):  # `assert encode(x).shape == (10,)` runs the call
            for part in asserted_calls(node):
                self._expression(part, scope, env)
        elif isinstance(node, (cst.Global, cst.Nonlocal)):
            for item in node.names:
                env.pop(item.name.value, None)
        elif isinstance(node, cst.Del):
            for name in target_names(node.target):
                env.pop(name, None)

    def _bind(self, target: cst.BaseExpression, value: Val, env: dict[str, Val]) -> None:
        if isinstance(target, cst.Name):
            self._forget_instance(target.value, env)  # set_states.py
            if value is None:
                env.pop(target.value, None)
            else:
                env[target.value] = value
            return
        if isinstance(target, cst.Attribute) and is_self(target.value):
            # `self.hidden = self.init_hidden(batch)`: known in this walk until something may
            # change it (a call of a method of self)
            if isinstance(value, (Tensor, Tup)):
                env[f"self.{target.attr.value}"] = value
            else:
                env.pop(f"self.{target.attr.value}", None)
            return
        if isinstance(target, cst.Attribute) and self._assigned_on_instance(target, value, env):
            return  # `model.hidden = model.init_hidden()` (set_states.py)
        if isinstance(target, (cst.Tuple, cst.List)):
            elements = target.elements
            starred = any(isinstance(e, cst.StarredElement) for e in elements)
            if isinstance(value, Symbolic) and value.key.endswith("#shape") and not starred \
                    and "#" not in value.key[: -len("#shape")]:
                # `batch, steps, features = x.shape`: a tensor given to the function, whose
                # rank the unpacking states; each name is that dim's size
                value = Tup(tuple(dim_key(value.key[: -len("#shape")], i) for i in range(len(elements))))
            if isinstance(value, Tup) and not starred and len(value.items) == len(elements):
                for element, item in zip(elements, value.items):
                    self._bind(element.value, item, env)
            else:
                for element in elements:
                    self._bind(element.value, None, env)
        if isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name) \
                and isinstance(env.get(target.value.value), (Tup, Seq)):
            env.pop(target.value.value)  # `states[0] = h`: the list's items are not followed
        # x[i] = ...: not followed
