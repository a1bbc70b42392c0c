"""LC007's judgement of an elementwise operation (`a * b`, `a + b`) where a recurrent result
meets a tensor it cannot broadcast with: most often a bidirectional output's 2*H features
against a gate, a weight or a residual sized for H.

torch aligns the two shapes from the last dim: each pair equal, or one of them 1. A pair
certainly apart (both at least 2, unequal for every value of the names) is an error, at the
operation where torch raises. A pair apart unless a named size is 1 (`2*hidden` against
`hidden`) is a warning that names that assumption.
"""

from __future__ import annotations

from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import Rule, forward_error, record_at, shape_text
from lstmcheck.lint.shapefns.products import BROADCAST, above_one
from lstmcheck.records import Feed, FileFacts, Related, Tensor
from lstmcheck.sizes import Size, differ, same

_REJECTS = forward_error(BROADCAST)


def check(rule: Rule, feed: Feed, facts: FileFacts):
    if len(feed.operands) != 2 or any(t is None for t in feed.operands):
        return
    a, b = feed.operands
    assert a is not None and b is not None
    apart = _apart_pair(a, b)
    if apart is None:
        return
    x, y, assumed = apart
    recurrent, other = (a, b) if a.layer is not None else (b, a)
    source, through = recurrent, None
    if recurrent.layer is None:  # a head's output of a recurrent result: the head's input
        through = _head_of(a, facts) or _head_of(b, facts)
        if through is None:
            return
        recurrent, source = (a, through.input) if _head_of(a, facts) is through else (b, through.input)
        other = b if recurrent is a else a
        assert source is not None
    record = record_at(facts, source.layer)
    if record is None or source.layer is None:
        return
    what = recurrent.origin if through is None else f"{recurrent.origin}, applied to {source.origin},"
    message = (f"{feed.layer_text} at line {feed.location.line} gets {_shape(a)} and "
               f"{_shape(b)}, which do not broadcast ({x} against {y}); "
               f"{what} is one of them")
    sizes = sizes_of(record)
    rows = sizes.layers_times_directions
    if through is not None and source.part in ("h_n", "c_n") and source.dims is not None \
            and recurrent.dims is not None and len(source.dims) == len(recurrent.dims) == 3 \
            and rows is not None and above_one(rows):
        message += (f": the final state's first dim is its {rows} layers and directions, not "
                    f"samples; read the last layer, {source.part}[-1], for one row per sample")
    single = sizes.h_out
    if sizes.directions is not None and sizes.directions.value == 2 and single is not None \
            and same(recurrent.last, Size.number(2) * single) and same(other.last, single):
        message += (f", with both directions' 2*{single} features where {other.origin} has one "
                    f"direction's {single}: size it for both")
    given = f"its {source.part}, {shape_text(source.dims)}" if source.part is not None \
        and source.dims is not None else f"{source.last} features"
    related = (Related(feed.path, source.layer, f"the nn.{record.constructor} built here gives {given}"),)
    yield rule.feed_finding(feed, message, outcome=_REJECTS, related=related, assumed=assumed)


def _head_of(tensor: Tensor, facts: FileFacts) -> Feed | None:
    """The Linear (or Sequential) whose output `tensor` is, when it was applied to a recurrent
    layer's result as a whole (`fc(h_n)`, `fc(out)`): its rows are the result's rows."""
    if tensor.made_at is None or tensor.dims is None:
        return None
    return next((f for f in facts.feeds if f.location == tensor.made_at and f.kind in ("Linear", "Sequential")
                 and f.input is not None and f.input.layer is not None and f.input.part is not None
                 and f.input.dims is not None and len(f.input.dims) == len(tensor.dims)), None)


def _apart_pair(a: Tensor, b: Tensor) -> tuple[Size, Size, tuple[str, ...]] | None:
    """The first pair of dims, aligned from the last, that torch certainly cannot broadcast
    (no assumption), or that it cannot unless a named size is 1 (the assumption named)."""
    first = a.dims if a.dims is not None else (a.last,)
    second = b.dims if b.dims is not None else (b.last,)
    for x, y in zip(reversed(first), reversed(second)):
        if x is None or y is None or not differ(x, y):
            continue
        if above_one(x) and above_one(y):
            return x, y, ()
        if (above_one(x) or above_one(y)) and _named(x) and _named(y):
            small = y if above_one(x) else x
            return x, y, (f"{small} is more than 1",)
    return None


def _named(size: Size) -> bool:
    """A size that holds a name and no number alone: 1 only if the names are."""
    return size.value is None and all(c > 0 for _, c in size.terms)


def _shape(tensor: Tensor) -> str:
    if tensor.dims is not None:
        return shape_text(tensor.dims)
    return f"(..., {tensor.last})"
