"""Whether torch certainly rejects a matrix product, and in which words: `bmm` (two 3-D
tensors, one batch), `mm` (two matrices), `matmul` (and `@`: batch dims broadcast).

Only what holds for every positive value of the named sizes is a rejection; a size that may
be 1 may broadcast, and an unknown size may fit. The words are torch 2.13's on the CPU and on
the meta device, as regular expressions a finding's outcome carries.
"""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims
from lstmcheck.sizes import Size, differ

# The products the flow records where a recurrent result meets one (`Feed.kind`).
PRODUCTS = frozenset({"bmm", "matmul", "mm"})
RANK = {"bmm": "batch[12] must be a 3D tensor", "mm": "must be a matrix|must be 2D"}
BATCH = "Expected size for first two dimensions of batch2 tensor"
INNER_2D = "mat1 and mat2 shapes cannot be multiplied|a and b must have same reduction dim"
BROADCAST = r"The size of tensor a \(\d+\) must match the size of tensor b"


def _known_apart(a: Size | None, b: Size | None) -> bool:
    """Two batch dims that cannot broadcast: both certainly other than 1, and unequal."""
    return differ(a, b) and above_one(a) and above_one(b)


def above_one(size: Size | None) -> bool:
    """At least 2 for every positive value of the names: `2`, `2*layers`, `layers + 1`."""
    if size is None:
        return False
    if size.value is not None:
        return size.value > 1
    coefficients = [c for _, c in size.terms]
    return bool(coefficients) and all(c > 0 for c in coefficients) and sum(coefficients) >= 2


def rejected(kind: str, a: Dims, b: Dims) -> str | None:
    """torch's words (a regular expression) when the product of `a` and `b` certainly fails,
    else None."""
    if kind == "bmm":
        if len(a) != 3 or len(b) != 3:
            return RANK["bmm"]
        return BATCH if differ(a[0], b[0]) or differ(a[2], b[1]) else None
    if kind == "mm":
        if len(a) != 2 or len(b) != 2:
            return RANK["mm"]
        return INNER_2D if differ(a[1], b[0]) else None
    if kind != "matmul" or len(a) < 2 or len(b) < 2:
        return None
    if differ(a[-1], b[-2]):
        return INNER_2D if len(a) == 2 and len(b) == 2 else f"{BATCH}|{INNER_2D}|size mismatch"
    lead_a, lead_b = a[:-2], b[:-2]
    for x, y in zip(reversed(lead_a), reversed(lead_b)):
        if _known_apart(x, y):
            return BROADCAST
    return None
