"""Widths of a `torch.cat` with parts the walk does not know (flow/unknown_parts.py makes
them): each such part is a named size whose key says so, read back here by the rules, which
must not import the flow (nor libcst) to do it."""

from __future__ import annotations

from lstmcheck.sizes import Size

WIDER = "cat:"  # how the key of an unknown part's size starts after the `@`


def unknown_part_names(size: Size | None) -> list[str]:
    """The parts of unknown width a joined size counts, by their text."""
    if size is None:
        return []
    return sorted({key.split("@", 1)[0].rsplit(".size(", 1)[0] for key in size.keys
                   if key.split("@", 1)[-1].startswith(WIDER)})


def known_width(size: Size | None) -> Size | None:
    """A joined size without the parts of unknown width."""
    if size is None:
        return None
    kept = tuple(t for t in size.terms if not any(k.split("@", 1)[-1].startswith(WIDER) for k in t[0]))
    return Size(kept, size.assumed, size.written)
