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
    return resolver.truth(test, _method_of(test, scope))


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
