"""The view family: same elements, other dims (view, reshape, transpose, permute, unsqueeze,
squeeze, flatten, expand, repeat)."""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims, axis
from lstmcheck.sizes import Size, same


def _product(dims: Dims) -> Size | None:
    total = Size.number(1)
    for size in dims:
        if size is None:
            return None
        total = total * size
    return total


def view(dims: Dims | None, sizes: tuple[Size | None, ...]) -> Dims | None:
    """`x.view(a, b, -1)`: the sizes as given; a -1 is the input's element count divided by
    the other sizes' product, worked out when both are numbers, or when the product is one
    term that divides every term of the count (`(B, T, 2*H).view(-1, H)` has 2*B*T rows:
    the directions of a bidirectional output become rows); else left unknown."""
    if not sizes or sum(1 for s in sizes if s is not None and s.value == -1) > 1:
        return None
    if any(s is not None and s.value is not None and s.value < -1 for s in sizes):
        return None
    out = list(sizes)
    for i, size in enumerate(sizes):
        if size is not None and size.value == -1:
            out[i] = None
            total = None if dims is None else _product(dims)
            rest = _product(tuple(s for j, s in enumerate(sizes) if j != i))
            if total is not None and rest is not None and total.value is not None \
                    and rest.value and total.value % rest.value == 0:
                out[i] = Size.number(total.value // rest.value)
            elif total is not None and rest is not None and total.value is None:
                out[i] = quotient(total, rest)
    return tuple(out)


def folds_directions(before: Dims | None, after: Dims) -> bool:
    """A view that halves the last dim without adding a dim: `(B, T, 2*H).view(-1, H)`, whose
    rows are now twice as many, the two directions of a bidirectional output one under the
    other. `(T, B, 2, H)`, the documented way to part them, adds a dim and is not one."""
    if before is None or not before or not after or len(after) > len(before):
        return False
    old, new = before[-1], after[-1]
    return old is not None and new is not None and same(old, Size.number(2) * new)


def quotient(total: Size, divisor: Size) -> Size | None:
    """`total / divisor` when the divisor is one term (a number times names) that divides
    each term of `total` exactly, as polynomials: then it holds whatever the names are."""
    if len(divisor.terms) != 1 or not total.terms:
        return None
    names, k = divisor.terms[0]
    if k <= 0:
        return None
    out = Size.number(0)
    for monomial, coefficient in total.terms:
        rest = list(monomial)
        for name in names:
            if name not in rest:
                return None
            rest.remove(name)
        if coefficient % k:
            return None
        out = out + Size(((tuple(rest), coefficient // k),))
    return out


def transpose(dims: Dims, a: int, b: int) -> Dims | None:
    first, second = axis(a, len(dims)), axis(b, len(dims))
    if first is None or second is None or not dims:
        return None if dims else (() if first == second == 0 else None)
    out = list(dims)
    out[first], out[second] = out[second], out[first]
    return tuple(out)


def permute(dims: Dims, order: tuple[int, ...]) -> Dims | None:
    indices = [axis(i, len(dims)) for i in order]
    if None in indices or sorted(indices) != list(range(len(dims))):  # type: ignore[type-var]
        return None
    return tuple(dims[i] for i in indices)  # type: ignore[index]


def unsqueeze(dims: Dims, dim: int) -> Dims | None:
    index = axis(dim, len(dims) + 1)
    if index is None:
        return None
    return dims[:index] + (Size.number(1),) + dims[index:]


def squeeze(dims: Dims, dim: int | None = None) -> Dims | None:
    """Without a dim every size-1 dim goes, so every dim must be known; with one, only that
    dim, and only if it is 1 (another known size stays)."""
    if dim is None:
        if any(size is None or size.value is None for size in dims):
            return None
        return tuple(size for size in dims if size.value != 1)  # type: ignore[union-attr]
    index = axis(dim, len(dims))
    if index is None:
        return None
    if not dims:
        return dims
    size = dims[index]
    if size is None or size.value is None:
        return None
    return dims[:index] + dims[index + 1:] if size.value == 1 else dims


def flatten(dims: Dims, start: int = 0, end: int = -1) -> Dims | None:
    if not dims:
        return (Size.number(1),) if axis(start, 0) is not None and axis(end, 0) is not None else None
    first, last = axis(start, len(dims)), axis(end, len(dims))
    if first is None or last is None or first > last:
        return None
    return dims[:first] + (_product(dims[first:last + 1]),) + dims[last + 1:]


def expand(dims: Dims, sizes: tuple[Size | None, ...]) -> Dims | None:
    """`x.expand(a, -1, c)` and `x.expand_as(y)` (sizes = y's dims): new leading dims, a -1
    keeps the dim, a size-1 dim grows."""
    if len(sizes) < len(dims):
        return None
    lead = len(sizes) - len(dims)
    out: list[Size | None] = list(sizes[:lead])
    if any(s is None or s.value is None or s.value < 0 for s in out if s is not None) \
            or any(s is not None and s.value == -1 for s in out):
        return None
    for have, want in zip(dims, sizes[lead:]):
        if want is not None and want.value == -1:
            out.append(have)
            continue
        if have is not None and want is not None and have.value is not None \
                and want.value is not None and have.value not in (1, want.value):
            return None  # torch raises
        out.append(want)  # when torch accepts it, the dim is what was asked for
    return tuple(out)


def expand_unranked(last: Size | None, sizes: tuple[Size | None, ...]) -> Dims | None:
    """`x.expand(L, -1, -1)` of a tensor whose rank is not known: torch gives as many dims as
    sizes (or raises); a size given is that dim, a -1 keeps x's dim, which only for the last
    is known (torch lines the dims up from the right): `(L, ?, last)`."""
    if not sizes:
        return None
    out: list[Size | None] = []
    for index, size in enumerate(sizes):
        keep = size is not None and size.value == -1
        if size is not None and size.value is not None and size.value < -1:
            return None  # torch raises
        out.append((last if index == len(sizes) - 1 else None) if keep else size)
    return tuple(out)


def repeat_unranked(last: Size | None, times: tuple[Size | None, ...]) -> Dims | None:
    """`x.repeat(L, 1, 1)` of a tensor whose rank is not known: as many dims as counts (torch
    raises on fewer counts than dims), the last x's last times the last count; the others
    depend on x's rank."""
    if not times or any(t is not None and t.value is not None and t.value < 0 for t in times):
        return None
    end = None if last is None or times[-1] is None else last * times[-1]
    return (None,) * (len(times) - 1) + (end,)


def repeat(dims: Dims, times: tuple[Size | None, ...]) -> Dims | None:
    if len(times) < len(dims):
        return None
    padded = (Size.number(1),) * (len(times) - len(dims)) + dims
    return tuple(None if a is None or b is None else a * b for a, b in zip(padded, times))


def repeat_interleave(dims: Dims, times: Size, dim: int | None = None) -> Dims | None:
    """`x.repeat_interleave(n, dim)`: that dim n times longer; without a dim, one flat dim."""
    if times.value is not None and times.value < 0:
        return None
    if dim is None:
        total = _product(dims)
        return None if total is None else (total * times,)
    index = axis(dim, len(dims))
    if index is None or not dims:
        return None
    size = dims[index]
    return dims[:index] + (None if size is None else size * times,) + dims[index + 1:]
