"""Which way an `if` test goes with the values the resolver holds for a configuration: a call
under an `if` the configuration decides against (`if elayers > 0: self.rnn = nn.LSTM(...,
elayers)` built with elayers=0; the Collector notes the tests around each call,
`Scope.guarded_calls`) builds no layer there, so nothing about it is judged in that
configuration. The test is decided by the walk's one truth (branching.truth), without what
only a walk knows (a loop's counter, a flag an inlined call passes)."""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.branching import plain, truth

__all__ = ["decided", "plain"]


def decided(test: cst.BaseExpression, scope: Any, resolver: Any) -> bool | None:
    """Which way a test goes with the resolver's values; None when not known."""
    return truth(test, scope, resolver)
