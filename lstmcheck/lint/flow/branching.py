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

from typing import Any

import libcst as cst

CUDA_TESTS = frozenset({"torch.cuda.is_available"})
_MAX_DEPTH = 4


def truth(test: cst.BaseExpression, scope: Any, resolver: Any, depth: int = 0) -> bool | None:
    """True, False, or None when the walk cannot tell."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(test, cst.BooleanOperation):
        left = truth(test.left, scope, resolver, depth + 1)
        deciding = isinstance(test.operator, cst.Or)  # the value that decides `or` (True) / `and`
        if left is deciding:
            return left
        right = truth(test.right, scope, resolver, depth + 1)
        if right is deciding:
            return right
        if left is not None and right is not None:
            return right
        return None
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        inner = truth(test.expression, scope, resolver, depth + 1)
        return None if inner is None else not inner
    if is_cuda_test(test, scope, resolver):
        return False
    return resolver.truth(test, scope)


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
