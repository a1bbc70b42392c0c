"""Which way an `if` test or a conditional expression goes in the walk.

The resolver answers for the configuration (`if bidirectional:`); here two things it leaves
open are added. A boolean operation is decided by one side when that side decides it, as Python
does (`self.bidirectional or self.num_layers > 1` is true when bidirectional is, whatever the
layer count). And a test of whether CUDA is available is false: the walk follows the code as it
runs on a machine without a GPU (and on the meta device under `--verify`), so a state built with
other sizes on the CPU branch (`torch.zeros(2 * layers, ...) if not USE_CUDA`) is the one that
meets the layer there. A program that is right only with a GPU is wrong on every CPU it runs on.
"""

from __future__ import annotations

from typing import Any, Callable

import libcst as cst

from lstmcheck.lint.flow.sequences import is_first_counter
from lstmcheck.lint.flow.syntax import int_value
from lstmcheck.lint.flow.values import IS_FALSE, IS_TRUE

CUDA_TESTS = frozenset({"torch.cuda.is_available"})
RECURRENT_CLASSES = frozenset({"LSTM", "GRU", "RNN", "LSTMCell", "GRUCell", "RNNCell"})
_MAX_DEPTH = 4


def truth(test: cst.BaseExpression, scope: Any, resolver: Any, env: dict | None = None,
          depth: int = 0, flag: Callable[[cst.Attribute], bool | None] | None = None) -> bool | None:
    """True, False, or None when the walk cannot tell. `env`: what the walk knows of names
    (a loop counter is 0 in the first iteration, the one the walk follows); `flag`: what the
    walk knows of an attribute (`self.encoder.bidirectional`, as the layer was built)."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(test, cst.BooleanOperation):
        left = truth(test.left, scope, resolver, env, depth + 1, flag)
        deciding = isinstance(test.operator, cst.Or)  # the value that decides `or` (True) / `and`
        if left is deciding:
            return left
        right = truth(test.right, scope, resolver, env, depth + 1, flag)
        if right is deciding:
            return right
        if left is not None and right is not None:
            return right
        return None
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        inner = truth(test.expression, scope, resolver, env, depth + 1, flag)
        return None if inner is None else not inner
    if is_cuda_test(test, scope, resolver):
        return False
    if isinstance(test, cst.Name) and env is not None and env.get(test.value) in (IS_TRUE, IS_FALSE):
        return env[test.value] is IS_TRUE  # `if cell:` with the flag the inlined call passes
    if flag is not None and isinstance(test, cst.Attribute):
        known = flag(test)
        if known is not None:
            return known
    counted = _first_count(test, env)
    if counted is not None:
        return counted
    held = held_class_test(test, scope, resolver)
    if held is not None:
        return held
    if isinstance(test, cst.Comparison):
        ordered = compared(test, scope, resolver)
        if ordered is not None:
            return ordered
    return resolver.truth(test, _method_of(test, scope))


_PLAIN = (bool, int, float, str, type(None))


def plain(value: Any) -> bool:
    """A value a test can compare: a literal of a plain type, or a tuple of them."""
    if isinstance(value, tuple):
        return all(plain(item) for item in value)
    return isinstance(value, _PLAIN)


_ORDERED = {
    cst.LessThan: lambda a, b: a < b, cst.LessThanEqual: lambda a, b: a <= b,
    cst.GreaterThan: lambda a, b: a > b, cst.GreaterThanEqual: lambda a, b: a >= b,
    cst.Equal: lambda a, b: a == b, cst.NotEqual: lambda a, b: a != b,
    cst.Is: lambda a, b: a is b, cst.IsNot: lambda a, b: a is not b,
    cst.In: lambda a, b: a in b, cst.NotIn: lambda a, b: a not in b,
}


def compared(test: cst.Comparison, scope: Any, resolver: Any) -> bool | None:
    """A comparison of values the resolver knows, chained as Python chains it (`0 < n <= 4`),
    with every operator (the resolver itself compares for equality and membership alone)."""
    values = [_known(test.left, scope, resolver)]
    values += [_known(target.comparator, scope, resolver) for target in test.comparisons]
    if any(value is _UNKNOWN for value in values):
        return None
    try:
        return all(_ORDERED[type(target.operator)](values[i], values[i + 1])
                   for i, target in enumerate(test.comparisons))
    except (KeyError, TypeError):
        return None


_UNKNOWN = object()


def _known(node: cst.BaseExpression, scope: Any, resolver: Any) -> Any:
    ok, value, _ = resolver._evaluate(node, scope, 0)
    return value if ok and plain(value) else _UNKNOWN


def held_class_test(test: cst.BaseExpression, scope: Any, resolver: Any) -> bool | None:
    """`isinstance(self.rnn, nn.LSTM)` / `type(self.rnn) is nn.GRU` where every assignment
    of `self.rnn` the configuration makes builds one of torch's recurrent layers (`if
    rnn_type == "lstm": self.rnn = nn.LSTM(...) else: self.rnn = nn.GRU(...)` decided by the
    configuration): the class it holds is known."""
    if isinstance(test, cst.Call) and isinstance(test.func, cst.Name) and test.func.value == "isinstance" \
            and len(test.args) == 2 and not any(a.star or a.keyword for a in test.args):
        subject, classes = test.args[0].value, test.args[1].value
        listed = [e.value for e in classes.elements] if isinstance(classes, cst.Tuple) else [classes]
    elif isinstance(test, cst.Comparison) and len(test.comparisons) == 1 \
            and isinstance(test.comparisons[0].operator, cst.Is) \
            and isinstance(test.left, cst.Call) and isinstance(test.left.func, cst.Name) \
            and test.left.func.value == "type" and len(test.left.args) == 1:
        subject, listed = test.left.args[0].value, [test.comparisons[0].comparator]
    else:
        return None
    if not (isinstance(subject, cst.Attribute) and isinstance(subject.value, cst.Name)
            and subject.value.value == "self"):
        return None
    method = _method_of(subject, scope)
    cls = method.parent if method is not None else None
    if cls is None or cls.kind != "class" or resolver.lookup("isinstance", scope) is not None \
            or resolver.lookup("type", scope) is not None:
        return None
    names = []
    for node in listed:
        path = resolver.path_of(node, scope) if isinstance(node, (cst.Name, cst.Attribute)) else None
        if path is None or not path.startswith("torch.nn.") or path.rsplit(".", 1)[-1] not in RECURRENT_CLASSES:
            return None
        names.append(path.rsplit(".", 1)[-1])
    held = set()
    for value, where, _ in resolver.live_attributes(cls, subject.attr.value):
        if not isinstance(value, cst.Call):
            return None
        path = resolver.callee(value.func, where)
        if path is None or not path.startswith("torch.nn.") or path.rsplit(".", 1)[-1] not in RECURRENT_CLASSES:
            return None
        held.add(path.rsplit(".", 1)[-1])
    if len(held) != 1:
        return None
    return held.pop() in names


def _method_of(test: cst.BaseExpression, scope: Any) -> Any:
    """`if self.bidirectional_encoder:` in a helper defined inside a method (and not binding
    `self` itself) tests the method's `self`: asked of the method."""
    if not (isinstance(test, cst.Attribute) and isinstance(test.value, cst.Name)
            and test.value.value == "self"):
        return scope
    method = scope
    while method is not None and method.kind == "function" and method.parent is not None \
            and method.parent.kind == "function" and "self" not in method.bindings:
        method = method.parent
    return method if method is not None and method.kind == "function" else scope


_COMPARE = {cst.Equal: lambda a, b: a == b, cst.NotEqual: lambda a, b: a != b,
            cst.LessThan: lambda a, b: a < b, cst.GreaterThan: lambda a, b: a > b,
            cst.LessThanEqual: lambda a, b: a <= b, cst.GreaterThanEqual: lambda a, b: a >= b}


def _first_count(test: cst.BaseExpression, env: dict | None) -> bool | None:
    """`if t == 0:` with `t` a loop counter from 0, in the iteration the walk follows."""
    if env is None or not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return None
    target = test.comparisons[0]
    compare = _COMPARE.get(type(target.operator))
    left, right = test.left, target.comparator
    if compare is None:
        return None
    if isinstance(left, cst.Name) and is_first_counter(env.get(left.value)) and int_value(right) is not None:
        return compare(0, int_value(right))
    if isinstance(right, cst.Name) and is_first_counter(env.get(right.value)) and int_value(left) is not None:
        return compare(int_value(left), 0)
    return None


def is_cuda_test(test: cst.BaseExpression, scope: Any, resolver: Any, depth: int = 0) -> bool:
    """`torch.cuda.is_available()`, or a name bound once, to that call, where it is looked up
    (`USE_CUDA = torch.cuda.is_available()` at the top of the module)."""
    if depth > 2:
        return False
    if isinstance(test, cst.Call) and not test.args and isinstance(test.func, cst.Attribute):
        return resolver.path_of(test.func, scope) in CUDA_TESTS
    if isinstance(test, cst.Name):
        found = resolver.lookup(test.value, scope)
        if found is None or len(found[1]) != 1:
            return False
        owner, (binding,) = found
        return binding.kind == "assign" and isinstance(binding.payload, cst.BaseExpression) \
            and is_cuda_test(binding.payload, owner, resolver, depth + 1)
    return False
