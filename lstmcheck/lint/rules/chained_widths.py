"""LC007: a module of an `nn.Sequential` sized for another width than the module before it
gives (`Sequential(LayerNorm(2 * H), Linear(H, C))`). The Sequential hands each output on
as it is, so the call fails at that module whatever the Sequential is fed: an error at the
size written for it, with the module that gives the width as a note (flow/chained.py)."""

from __future__ import annotations

from lstmcheck.lint.rule import MATMUL_REJECTS, Rule, assumptions, forward_error, meeting
from lstmcheck.lint.spans import linear_in_features
from lstmcheck.records import Feed, FileFacts, Fix, Related

_REJECTS = forward_error(MATMUL_REJECTS)
_NORM_REJECTS = forward_error(r"Given normalized_shape=\[\d+\], expected input with shape")


def check(rule: Rule, feed: Feed, facts: FileFacts):
    given = feed.input
    if given is None or given.last is None or feed.in_features is None or given.made_at is None:
        return
    after = "nn.LayerNorm" if "LayerNorm" in feed.layer_text.split("(", 1)[0] else "nn.Linear"
    before = given.origin
    message = (f"{after} at line {feed.layer.line} is sized for {feed.in_features} features, but "
               f"the module before it in the nn.Sequential, {before}, gives {given.last}: every "
               f"call of the Sequential fails there; size it for {given.last}")
    spot = linear_in_features("Linear", feed.layer_text, feed.layer)
    written = spot[1] if spot is not None else str(feed.in_features)
    fix = Fix(f"size it for {given.last} features (not {written})", (), safe=False)
    related = (Related(feed.path, given.made_at, f"this gives {given.last} features"),
               meeting(feed, "the Sequential is applied here"))
    yield rule.feed_finding(feed, message, outcome=_NORM_REJECTS if after == "nn.LayerNorm" else _REJECTS,
                            location=spot[0] if spot is not None else feed.layer, related=related,
                            fix=fix, assumed=assumptions(given.last, feed.in_features))
