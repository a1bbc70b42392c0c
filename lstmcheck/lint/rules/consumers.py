"""LC007's other heads: a Conv1d, a norm or an attention layer fed a recurrent layer's output.

A matrix product (`torch.bmm`, `matmul`, `@`) a recurrent result meets is judged by whether
torch certainly rejects its shapes; when an operand comes from a view or squeeze that read a
state of several layers or directions as if it had one (`Tensor.one_layer`), that view is the
line to fix and the product a note.

Each reads one dim of its input as its size: a Conv1d and a BatchNorm1d the channels, dim 1
of (N, C, L); a LayerNorm and a MultiheadAttention the last dim. The flow pass says which
(`Feed.feature_dim`); the head is judged only when that dim of the tensor is known and
certainly differs. When the recurrent features sit in the last dim and a channel layer reads
dim 1, the tensor was not transposed: that is the fix, where the tensors meet. Otherwise the
head's size argument is.
"""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import assumptions, forward_error, meeting, record_at, shape_text
from lstmcheck.lint.shapefns import products
from lstmcheck.lint.shapefns.products import PRODUCTS, rejected
from lstmcheck.lint.spans import first_argument
from lstmcheck.records import Edit, Feed, FileFacts, Finding, Fix, Location, Related, Tensor
from lstmcheck.sizes import Size, differ, same

# kind -> (the size argument's keyword, what it counts, torch's words when it does not fit)
HEADS = {
    "Conv1d": ("in_channels", "channels", forward_error(
        r"expected input\[.*\] to have \d+ channels, but got \d+ channels|"
        r"Invalid channel dimensions")),  # the CPU's words, then the meta device's
    "BatchNorm1d": ("num_features", "features", forward_error(
        r"running_mean should contain \d+ elements not \d+|"
        r"Expected more than 1 value per channel")),
    "LayerNorm": ("normalized_shape", "features", forward_error(
        r"Given normalized_shape=\[\d+\], expected input with shape")),
    "MultiheadAttention": ("embed_dim", "features", forward_error(
        r"was expecting embedding dimension of \d+, but got \d+", exception="AssertionError")),
}
# Options that switch torch's check off (a BatchNorm1d without weights or running stats
# takes any number of channels): a head whose text passes one is not judged.
_UNCHECKED = ("affine", "track_running_stats")


def _read(feed: Feed) -> Size | None:
    """The size of the dim the head reads, when known."""
    tensor = feed.input
    if tensor is None or feed.feature_dim is None:
        return None
    if feed.feature_dim == -1:
        return tensor.last
    if tensor.dims is None or len(tensor.dims) <= feed.feature_dim:
        return None
    return tensor.dims[feed.feature_dim]


def check_consumer(rule, feed: Feed, facts: FileFacts) -> list[Finding]:
    """The finding for a non-Linear head fed a recurrent result of the wrong size, if any."""
    tensor = feed.input
    if feed.kind not in HEADS or feed.record is not None or tensor is None \
            or tensor.layer is None or feed.in_features is None:
        return []
    if feed.kind == "BatchNorm1d" and any(option in feed.layer_text for option in _UNCHECKED):
        return []
    read = _read(feed)
    if read is None or not differ(read, feed.in_features):
        return []
    keyword, counted, outcome = HEADS[feed.kind]
    channel_dim = feed.feature_dim not in (None, -1)
    where = f"dim {feed.feature_dim}" if channel_dim else "the last dim"
    message = (f"nn.{feed.kind} expects {feed.in_features} {counted} in {where} but "
               f"{tensor.origin} has {read} there")
    related = [Related(feed.path, tensor.layer, "the recurrent layer is built here")]
    if channel_dim and same(tensor.last, feed.in_features):
        message += (f": its {tensor.last} features are in the last dim; a recurrent output "
                    f"is (N, L, H): transpose it to (N, H, L) first")
        fix = Fix("feed it .transpose(1, 2), the features as channels", safe=False)
        return [rule.feed_finding(feed, message, outcome=outcome, fix=fix,
                                  related=(Related(feed.path, feed.layer,
                                                   f"nn.{feed.kind} is built here"), *related),
                                  assumed=assumptions(read, feed.in_features))]
    spot = first_argument(feed.layer_text, feed.layer, keyword)
    text = str(read.value) if read.value is not None else None
    edits = (Edit(spot[0], f"{keyword}={text}" if spot[2] else text),) \
        if spot is not None and text is not None else ()
    fix = Fix(f"build nn.{feed.kind} with {keyword}={read}", edits, safe=False)
    return [rule.feed_finding(feed, message, outcome=outcome, fix=fix,
                              location=spot[0] if spot is not None else feed.layer,
                              related=(meeting(feed, f"it is fed {read} {counted}"), *related),
                              assumed=assumptions(read, feed.in_features))]


def _state_layer(tensor: Tensor, facts: FileFacts) -> Location | None:
    """The recurrent layer whose state the view marked on `tensor` read: the tensor's own, or
    (past a head applied to the rows) that of another tensor the same view made."""
    if tensor.layer is not None:
        return tensor.layer
    seen = (t for f in facts.feeds for t in (f.input, *f.operands) if t is not None)
    return next((t.layer for t in seen if t.one_layer == tensor.one_layer and t.layer is not None), None)


def _layers_text(tensor: Tensor, facts: FileFacts) -> tuple[str, str, Location] | None:
    """("the bidirectional nn.LSTM at line 12", "(2, batch, 64)", where it is built) for the
    state a tensor was read from; None when its layer is not known."""
    where = _state_layer(tensor, facts)
    record = record_at(facts, where)
    if record is None or where is None:
        return None
    sizes = sizes_of(record)
    bidirectional = sizes.directions is not None and sizes.directions.value == 2
    layers = sizes.num_layers is not None and sizes.num_layers.value != 1
    kind = " ".join(w for w in ("bidirectional" if bidirectional else "",
                                f"{sizes.num_layers}-layer" if layers else "") if w)
    state = shape_text((sizes.layers_times_directions, None, sizes.h_out)).replace("?", "batch")
    what = f"the {kind + ' ' if kind else ''}nn.{record.constructor} at line {where.line}"
    return what, state, where


def meeting_rejected(feed: Feed) -> str | None:
    """torch's words when the tensors that meet at this op certainly do not agree."""
    shapes = tuple(t.dims for t in feed.operands if t is not None and t.dims is not None)
    if len(shapes) != len(feed.operands) or len(shapes) < 2:
        return None
    if feed.kind in PRODUCTS:
        return rejected(feed.kind, shapes[0], shapes[1])
    if feed.kind == "cat":
        return products.cat_rejected(shapes, int(feed.layer_text))
    if feed.kind == "einsum":
        return products.einsum(feed.layer_text, shapes)[0]
    return products.loss_rejected(feed.kind, shapes[0], shapes[1])


def _what(feed: Feed) -> str:
    if feed.kind == "cat":
        return "torch.cat"
    if feed.kind == "einsum":
        return f'torch.einsum("{feed.layer_text}", ...)'
    return feed.layer_text


def check_product(rule, feed: Feed, facts: FileFacts) -> list[Finding]:
    """Tensors meeting at an op (a matrix product, cat, einsum, a loss) whose shapes torch
    certainly rejects, one from a recurrent layer: at the view that read a state as one
    layer's, when one did (the first such op only); else, for a matrix product, at the op."""
    words = meeting_rejected(feed)
    if words is None:
        return []
    outcome = forward_error(words, exception="ValueError" if feed.kind in products.CLASS_LOSSES else "RuntimeError")
    shapes = " and ".join(shape_text(t.dims) for t in feed.operands if t is not None)
    what = _what(feed)
    marked = next((t for t in feed.operands if t is not None and t.one_layer is not None), None)
    described = _layers_text(marked, facts) if marked is not None else None
    if marked is not None and described is not None:
        mark = marked.one_layer
        at = (feed.location.line, feed.location.column)
        if any((f.location.line, f.location.column) < at for f in facts.feeds if f.kind in products.MEETINGS
               and any(t is not None and t.one_layer == mark for t in f.operands)
               and meeting_rejected(f) is not None):
            return []  # one finding for the view: the first op that fails on it
        layer, state, built = described
        message = (f"the final state of {layer}, {state}, is read here as if it had one "
                   f"layer and one direction; {what} at line {feed.location.line} "
                   f"then gets {shapes} and fails")
        fix = Fix("read one layer's state, h_n[-1] (both directions: torch.cat((h_n[-2], "
                  "h_n[-1]), dim=1)), and size what it meets for that", safe=False)
        related = (meeting(feed, f"{what} gets {shapes} here"),
                   Related(feed.path, built, f"the state comes from the "
                           f"nn.{layer.split('nn.')[1].split(' ')[0]} built here"))
        finding = rule.feed_finding(feed, message, outcome=outcome, fix=fix, location=mark,
                                    related=related)
        # torch fails at the op, but --verify has no forward pass of it to run (yet): the view
        # is where the finding is suppressed and what it looks for
        return [replace(finding, call=mark)]
    recurrent = next((t for t in feed.operands if t is not None and t.layer is not None), None)
    if recurrent is None or feed.kind not in PRODUCTS:
        return []
    message = f"{what} gets {shapes}, which it rejects; {recurrent.origin} is one of them"
    related = (Related(feed.path, recurrent.layer, "the recurrent layer is built here"),)  # type: ignore[arg-type]
    return [rule.feed_finding(feed, message, outcome=outcome, related=related)]
