"""Whether torch certainly rejects an op where two tensors must agree, and in which words:
the matrix products `bmm` (two 3-D tensors, one batch), `mm` (two matrices), `matmul` (and
`@`: batch dims broadcast); `cat` (every dim but the joined one); `einsum` (simple equations:
letters only, no `...`); and the losses that compare a prediction with its target (an
elementwise loss broadcasts them; a classification loss needs one target per row).

Only what holds for every positive value of the named sizes is a rejection; a size that may
be 1 may broadcast, and an unknown size may fit. The words are torch 2.13's on the CPU and on
the meta device, as regular expressions a finding's outcome carries.
"""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims
from lstmcheck.sizes import Size, differ

# The products the flow records where a recurrent result meets one (`Feed.kind`).
PRODUCTS = frozenset({"bmm", "matmul", "mm"})
ELEMENTWISE_LOSSES = frozenset({"mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss",
                                "binary_cross_entropy", "binary_cross_entropy_with_logits"})
CLASS_LOSSES = frozenset({"cross_entropy", "nll_loss"})
# Two tensors an elementwise operation (`a * b`, `a + b`, `a.mul(b)`) broadcasts together: a
# Feed kind of its own, judged by lint/rules/broadcasts.py (not a meeting of `MEETINGS`, whose
# rows-read-as-one-layer reports are the products')
ELEMENTWISE = "elementwise"
# Every op a Feed of two or more operands is recorded for.
MEETINGS = PRODUCTS | ELEMENTWISE_LOSSES | CLASS_LOSSES | {"cat", "einsum"}
CAT_RANK = "Number of dimensions of tensors must match|Tensors must have same number of dimensions"
CAT_SIZES = "Sizes of tensors must match except in dimension"
EINSUM_RANK = r"einsum\(\): the number of subscripts in the equation"
EINSUM_SIZES = r"einsum\(\): operands do not broadcast|einsum\(\): subscript \w+ has size"
BATCHES = r"Expected input batch_size \(\d+\) to match target batch_size"
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


def cat_rejected(shapes: tuple[Dims, ...], dim: int) -> str | None:
    """`torch.cat(tensors, dim)`: every tensor of one rank, equal in every other dim."""
    if len(shapes) < 2 or not shapes[0]:
        return None
    if len({len(s) for s in shapes}) != 1:
        return CAT_RANK
    rank = len(shapes[0])
    index = dim + rank if dim < 0 else dim
    for other in shapes[1:]:
        if any(i != index and differ(a, b) for i, (a, b) in enumerate(zip(shapes[0], other))):
            return CAT_SIZES
    return None


def einsum_letters(equation: str, count: int) -> tuple[list[str], str | None] | None:
    """The operands' subscripts and the output's (None when implicit) of a simple equation."""
    text = equation.replace(" ", "")
    if "." in text or not text:
        return None
    inputs, _, output = text.partition("->")
    parts = inputs.split(",")
    if len(parts) != count or not all(p.isalpha() for p in parts) or (output and not output.isalpha()):
        return None
    return parts, (output if "->" in text else None)


def einsum(equation: str, shapes: tuple[Dims, ...]) -> tuple[str | None, Dims | None]:
    """(torch's words when it certainly rejects, the output's dims when known)."""
    parsed = einsum_letters(equation, len(shapes))
    if parsed is None:
        return None, None
    parts, output = parsed
    if any(len(p) != len(s) for p, s in zip(parts, shapes)):
        return EINSUM_RANK, None
    sizes: dict[str, Size | None] = {}
    for part, shape in zip(parts, shapes):
        for letter, size in zip(part, shape):
            if letter in sizes and _known_apart(sizes[letter], size):
                return EINSUM_SIZES, None
            if sizes.get(letter) is None or (sizes[letter] is not None and sizes[letter].value == 1):  # type: ignore[union-attr]
                sizes[letter] = size
    if output is None:
        return None, None
    return None, tuple(sizes.get(letter) for letter in output)


def loss_rejected(kind: str, prediction: Dims, target: Dims) -> str | None:
    """A loss of a prediction against its target: an elementwise loss broadcasts the two; a
    classification loss (N, C) or (N, C, d1, ...) against class indices (N,) or (N, d1, ...)
    checks first that both have N rows (what else it checks is not judged here)."""
    if kind in ELEMENTWISE_LOSSES:
        return broadcast_rejected(prediction, target)
    if kind in CLASS_LOSSES and len(prediction) >= 2 and len(target) >= 1:
        return BATCHES if differ(prediction[0], target[0]) else None
    return None


def broadcast_rejected(a: Dims, b: Dims) -> str | None:
    """Two tensors an elementwise operation broadcasts: dims aligned from the last, each pair
    equal or one of them 1; rejected when a pair is certainly apart."""
    for x, y in zip(reversed(a), reversed(b)):
        if _known_apart(x, y):
            return BROADCAST
    return None
