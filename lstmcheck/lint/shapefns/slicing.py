"""A slice of one dim (`h[-2:]`, `h[1:n:2]`): how many rows it keeps.

Numbers are sliced as Python slices a range. A named size keeps a name only where the count
is exact whatever the names are: the whole dim, or every k-th row of a dim that is k times a
size from a start below k (`h[0:h.size(0):2]` and `h[1:h.size(0):2]` of a `(2 * layers, ...)`
state, the directions of a bidirectional layer's state, each keep `layers` rows).
"""

from __future__ import annotations

from lstmcheck.sizes import Size, same


def sliced(size: Size | None, lower: Size | None, upper: Size | None, step: Size | None) -> Size | None:
    """The rows `x[lower:upper:step]` keeps of a dim of `size` rows; None (a bound) is the
    slice's default. None when not known."""
    k = 1 if step is None else step.value
    if size is None or k is None or k < 1:
        return None
    start = 0 if lower is None else lower.value
    n = size.value
    stop = upper.value if upper is not None else n
    if n is not None and start is not None and stop is not None:
        return Size.number(len(range(n)[start:stop:k]))
    whole = upper is None or same(upper, size)
    if start is None or not 0 <= start < k or not whole:
        return None
    if not size.terms or any(coefficient % k for _, coefficient in size.terms):
        return None
    return Size(tuple((monomial, coefficient // k) for monomial, coefficient in size.terms), size.assumed)
