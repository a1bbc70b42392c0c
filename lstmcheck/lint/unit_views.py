"""The width an Embedding's vectors keep through a unit view (`emb(s).view(len(s), 1, -1)`) is read
under an assumption the size carries (flow/embedded_views.py); this module words it and tells
the rules, which import neither the flow nor libcst, when a size rests on it.

The view's -1 is the embedding's width times the indices each position holds: one in the
tutorials' idiom, more where each position is a row of indices (a word's characters). So a
layer sized for a whole multiple of the width may be meant, and is not judged."""

from __future__ import annotations

from lstmcheck.sizes import Size, same

_OPENING = "the indices the Embedding at line "


def one_index_per_position(embedding_line: int, view_line: int, width: Size) -> str:
    """The assumption, in the words a warning shows."""
    return (f"{_OPENING}{embedding_line} reads are one per position of the view at line "
            f"{view_line} (then its -1 is the embedding's {width} features)")


def rests_on_unit_view(size: Size | None) -> bool:
    return size is not None and any(a.startswith(_OPENING) for a in size.assumed)


def whole_multiple(size: Size | None, width: Size | None) -> bool:
    """`size` is 2 or more times `width`: a number's multiple, or the width times named sizes
    (`max_chars * char_dim`)."""
    if size is None or width is None or not width.terms or same(size, width):
        return False
    if size.value is not None and width.value is not None:
        return width.value > 0 and size.value % width.value == 0 and size.value > width.value
    if len(width.terms) == 1:
        (monomial, coefficient), = width.terms
        return all(c % coefficient == 0 and _contains(m, monomial) for m, c in size.terms) \
            and all(c > 0 for _, c in size.terms)
    return any(same(size, Size.number(k) * width) for k in range(2, 65))


def _contains(monomial: tuple[str, ...], part: tuple[str, ...]) -> bool:
    rest = list(monomial)
    for key in part:
        if key not in rest:
            return False
        rest.remove(key)
    return True
