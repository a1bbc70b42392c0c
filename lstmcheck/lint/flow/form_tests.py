"""`isinstance(h, torch.Tensor)`: the test that code written for both kinds of state makes
(a GRU's one tensor, an LSTM's `(h, c)`), as in the `repackage_hidden` of torch's own
word-language-model example. For a name the walk holds as a tensor it holds, for a tuple it
does not, so the way the state takes is walked as straight code and the state keeps its
elements; undecided, both ways were joined and the state was lost. (`isinstance(h, tuple)`
is kept.py's `is_tuple_test`.)
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.flow.syntax import isinstance_of_name
from lstmcheck.lint.flow.values import Tup, Val
from lstmcheck.records import Tensor


def tensor_test(test: cst.BaseExpression, env: dict[str, Val], scope: Any, resolver: Any) -> bool | None:
    """Whether `isinstance(x, torch.Tensor)` (or under `not`) holds for a name the walk knows
    to hold a tensor or a tuple; None when it cannot tell."""
    parts = isinstance_of_name(test)
    if parts is None or resolver.lookup("isinstance", scope) is not None \
            or resolver.path_of(parts[1], scope) != "torch.Tensor":
        return None
    value = env.get(parts[0])
    if not isinstance(value, (Tup, Tensor)):
        return None
    return isinstance(value, Tensor) != parts[2]
