"""LC007's other heads: a Conv1d, a norm or an attention layer fed a recurrent layer's output.

Each reads one dim of its input as its size: a Conv1d and a BatchNorm1d the channels, dim 1
of (N, C, L); a LayerNorm and a MultiheadAttention the last dim. The flow pass says which
(`Feed.feature_dim`); the head is judged only when that dim of the tensor is known and
certainly differs. When the recurrent features sit in the last dim and a channel layer reads
dim 1, the tensor was not transposed: that is the fix, where the tensors meet. Otherwise the
head's size argument is.
"""

from __future__ import annotations

from lstmcheck.lint.rule import assumptions, forward_error, meeting
from lstmcheck.lint.spans import first_argument
from lstmcheck.records import Edit, Feed, FileFacts, Finding, Fix, Related
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
