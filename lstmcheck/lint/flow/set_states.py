"""States a method sets on its object (`self.hidden = (h0, c0)` in `init_hidden`, `reset_state`,
`begin_state`) and the code that calls it before the state is read.

A method that assigns `self.X` a state on every way through it (no `return` before its end)
leaves that state on the object. Called as `self.init_hidden(b)` in another method, the caller
knows `self.X` from there on; called on an instance of the file's class
(`model.init_hidden(b)`, or assigned outright: `model.hidden = model.init_hidden()`), the
caller keeps it for that instance until the instance's next call, whose walk starts from it;
what that call (`forward`) stores there for the next batch is not followed. Anything else that may change the instance forgets it: passing it to a function, binding the
name again, a method the walk does not inline.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.overridden import overridden
from lstmcheck.lint.flow.values import Layer, Tup, Val
from lstmcheck.lint.walk import walk
from lstmcheck.records import Tensor


def is_state(value: Val) -> bool:
    """A tensor, or a tuple of tensors (an LSTM's `(h, c)`)."""
    if isinstance(value, Tensor):
        return True
    return isinstance(value, Tup) and bool(value.items) and all(isinstance(i, Tensor) for i in value.items)


class _Returns(cst.CSTVisitor):
    """The `return` and `yield` statements of one function's own body."""

    def __init__(self) -> None:
        self.returns: list[cst.Return] = []
        self.yields = False

    def visit_Return(self, node: cst.Return) -> None:
        self.returns.append(node)

    def visit_Yield(self, node: cst.Yield) -> None:
        self.yields = True

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False


def _runs_to_its_end(function: cst.FunctionDef) -> bool:
    """No `return` but as the body's last statement, no `yield`: what the end of the walk
    knows is what every call leaves."""
    found = _Returns()
    walk(function.body, found)
    if found.yields:
        return False
    if not found.returns:
        return True
    body = function.body.body if isinstance(function.body, cst.IndentedBlock) else ()
    last = body[-1] if body else None
    return len(found.returns) == 1 and isinstance(last, cst.SimpleStatementLine) \
        and len(last.body) == 1 and last.body[0] is found.returns[0]


def instance_key(name: str, layer: Layer, attr: str) -> str:
    """The key of `name.attr` in an env, tied to the very instance `name` holds."""
    return f"{name}.{attr}#{id(layer)}"


class SetStates:
    """Mixin of the walker: states methods leave on `self`, carried to the code that calls them."""

    _left: dict[int, dict[str, Val]]
    _seed: tuple[Any, dict[str, Val]] | None = None

    def _note_left(self, scope: Any, env: dict[str, Val]) -> None:
        """At the end of a method's walk: the states it left on `self` (walker hook); a walk
        of its own (not inlined into a call) is kept apart, as `_function` keeps its result."""
        if not hasattr(self, "_left"):
            self._left, self._left_alone = {}, {}
        node = scope.node
        table = self._left if self._depth else self._left_alone  # type: ignore[attr-defined]
        if not isinstance(node, cst.FunctionDef) or scope.parent is None or scope.parent.kind != "class" \
                or not _runs_to_its_end(node):
            table.pop(id(node), None)
            return
        table[id(node)] = {key[len("self."):]: value for key, value in env.items()
                           if key.startswith("self.") and is_state(value)}

    def _forget_left(self, method: Any, inlined: bool = True) -> None:
        """Before a call that inlines `method`: what an earlier walk of it left is not this call's."""
        if inlined and hasattr(self, "_left") and method is not None:
            self._left.pop(id(method.node), None)

    def _left_by(self, method: Any, inlined: bool = True) -> dict[str, Val]:
        if method is None or not hasattr(self, "_left"):
            return {}
        return (self._left if inlined else self._left_alone).get(id(method.node), {})

    def _own_method(self, func: cst.Attribute, scope: Any) -> Any:
        """The scope of `self.name`'s method, as `_method_result` finds it."""
        cls = scope.parent if scope.kind == "function" else None
        if cls is None or cls.kind != "class":
            return None
        bindings = cls.bindings.get(func.attr.value, [])
        if len(bindings) != 1 or not isinstance(bindings[0].node, cst.FunctionDef) \
                or overridden(cls, func.attr.value):
            return None
        return next((s for s in self.scopes if s.node is bindings[0].node), None)  # type: ignore[attr-defined]

    def _set_by_own_method(self, func: cst.Attribute, scope: Any, env: dict[str, Val],
                           inlined: bool) -> None:
        """After `self.reset_state(b)`: the states it set on every way through it."""
        for attr, value in self._left_by(self._own_method(func, scope), inlined).items():
            env[f"self.{attr}"] = value

    def _kept_through(self, name: str, layer: Layer, method_name: str, env: dict[str, Val],
                      call: Any) -> Val:
        """`model.init_hidden(b)`, `model(x)`: the call made with what the instance keeps, and
        what the method it inlines leaves kept on it afterwards."""
        method = self._instance_method_scope(layer, method_name)
        self._forget_left(method)
        self._seed_instance(name, layer, env)
        try:
            return call()
        finally:
            # what `forward` stores is the state of this batch, for the next call: a state
            # carried between batches is not followed (the next call starts unknown)
            self._after_instance_call(name, layer, None if method_name == "forward" else method, env)

    # instances of the file's classes ------------------------------------------------------
    def _seed_instance(self, name: str, layer: Layer, env: dict[str, Val]) -> None:
        """Before a call of the instance `name` holds: the states the walk knows it keeps,
        for the method the call inlines next."""
        prefix, suffix = f"{name}.", f"#{id(layer)}"
        states = {key[len(prefix):-len(suffix)]: value for key, value in env.items()
                  if key.startswith(prefix) and key.endswith(suffix)}
        self._seed = (layer, states) if states else None

    def _take_seed(self, scope: Any, env: dict[str, Val]) -> None:
        """In `_inline` (walker hook): start a method of the seeded instance from its states."""
        if self._seed is None:
            return
        layer, states = self._seed
        self._seed = None
        cls = layer.forward.parent if layer.forward is not None else None
        if cls is not None and scope.parent is cls:
            for attr, value in states.items():
                env.setdefault(f"self.{attr}", value)

    def _after_instance_call(self, name: str, layer: Layer, method: Any, env: dict[str, Val]) -> None:
        """After `model.init_hidden(b)` or `model(x)`: what the inlined method left on the
        instance; nothing when it was not walked."""
        self._seed = None
        self._forget_instance(name, env)
        for attr, value in self._left_by(method).items():
            env[instance_key(name, layer, attr)] = value

    @staticmethod
    def _forget_instance(name: str, env: dict[str, Val]) -> None:
        prefix = f"{name}."
        for key in [k for k in env if k.startswith(prefix) and "#" in k]:
            del env[key]

    def _instance_method_scope(self, layer: Layer, name: str) -> Any:
        cls = layer.forward.parent if layer.forward is not None else None
        bindings = cls.bindings.get(name, []) if cls is not None else []
        if len(bindings) != 1 or not isinstance(bindings[0].node, cst.FunctionDef):
            return None
        return next((s for s in self.scopes if s.node is bindings[0].node), None)  # type: ignore[attr-defined]

    def _assigned_on_instance(self, target: cst.Attribute, value: Val, env: dict[str, Val]) -> bool:
        """`model.hidden = model.init_hidden()` (walker's `_bind` hook): kept for that
        instance when it is a state, forgotten otherwise. False: not an instance the walk holds."""
        if not isinstance(target.value, cst.Name):
            return False
        layer = env.get(target.value.value)
        if not isinstance(layer, Layer) or layer.kind not in ("module", "object"):
            return False
        key = instance_key(target.value.value, layer, target.attr.value)
        if is_state(value):
            env[key] = value
        else:
            env.pop(key, None)
        return True

    def _instance_passed(self, node: cst.Call, env: dict[str, Val]) -> None:
        """`train(model, loader)`, `copy.deepcopy(model)`: the call may change what the
        instance keeps."""
        for arg in node.args:
            if isinstance(arg.value, cst.Name) and isinstance(env.get(arg.value.value), Layer):
                self._forget_instance(arg.value.value, env)

    # a state an __init__ sets through a method ----------------------------------------------
    def _kept_by_init_call(self, scope: Any, attr: str, read: cst.CSTNode) -> Val:
        """`self.hidden` read in a method, set only by a method that `__init__` calls once,
        as a statement of its own body (`self.init_hidden(batch_size)`), and nowhere else
        called: what that call leaves there (kept.py's rules for the read: no other method
        assigns it, the reader only after the read, no code outside the class)."""
        cls = scope.parent if scope is not None and scope.kind == "function" else None
        if cls is None or cls.kind != "class" or cls.bindings.get(attr) or scope.name == "__init__":
            return None
        entries = cls.attribute_values.get(attr, [])
        setters = {id(e[1]): e[1] for e in entries if e[1] is not scope}
        if len(setters) != 1:
            return None
        setter = next(iter(setters.values()))
        if setter.parent is not cls or setter.name == "__init__" \
                or attr in self._foreign_attributes():  # type: ignore[attr-defined]
            return None
        line = self.resolver.location(read).line  # type: ignore[attr-defined]
        if any(at < line for at in self._self_assignments(scope).get(attr, ())):  # type: ignore[attr-defined]
            return None
        init = next((s for s in self.scopes if s.parent is cls and s.name == "__init__"  # type: ignore[attr-defined]
                     and isinstance(s.node, cst.FunctionDef)), None)
        call = None if init is None else _statement_call(init.node, setter.name)
        if call is None or self._calls_named(setter.name) != 1:
            return None
        store = self.__dict__.setdefault("_set_in_init", {})
        key = (id(cls), attr, tuple(sorted((k, repr(v[0])) for k, v in self.resolver.config.items())))  # type: ignore[attr-defined]
        if key not in store:
            store[key] = None  # a walk it starts sees it unknown
            saved, self.feeds = self.feeds, []  # type: ignore[attr-defined]
            env: dict[str, Val] = {}
            try:
                self._expression(call, init, env)  # type: ignore[attr-defined]
            finally:
                self.feeds = saved  # type: ignore[attr-defined]
            value = env.get(f"self.{attr}")
            store[key] = value if is_state(value) else None
        return store[key]

    def _calls_named(self, name: str) -> int:
        """How many calls in the file call a method or function of this name (`x.name(...)`)."""
        counts = self.__dict__.get("_call_names")
        if counts is None:
            counts = {}
            for node in _all_calls(self.module):  # type: ignore[attr-defined]
                func = node.func
                called = func.attr.value if isinstance(func, cst.Attribute) else \
                    func.value if isinstance(func, cst.Name) else None
                if called is not None:
                    counts[called] = counts.get(called, 0) + 1
            self.__dict__["_call_names"] = counts
        return counts.get(name, 0)


def _statement_call(function: cst.FunctionDef, method: str) -> cst.Call | None:
    """`self.method(...)` as a statement of the function's own body (not inside an `if`, a
    loop or a `try`), before any `return`."""
    body = function.body.body if isinstance(function.body, cst.IndentedBlock) else ()
    for statement in body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue  # inside an `if`, a loop, a `try`: a call that may not run
        for small in statement.body:
            if isinstance(small, cst.Return):
                return None
            if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
                func = small.value.func
                if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) \
                        and func.value.value == "self" and func.attr.value == method \
                        and not any(a.star for a in small.value.args):
                    return small.value
    return None


class _Calls(cst.CSTVisitor):
    def __init__(self) -> None:
        self.found: list[cst.Call] = []

    def visit_Call(self, node: cst.Call) -> None:
        self.found.append(node)


def _all_calls(module: cst.Module) -> list[cst.Call]:
    calls = _Calls()
    walk(module, calls)
    return calls.found
