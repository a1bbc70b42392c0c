"""LC007: a module sized for another width than the module before it gives. A Linear gives
its out_features and a LayerNorm its normalized size whatever they are fed, so the module
after must take that many: inside an `nn.Sequential` (`Sequential(LayerNorm(2 * H), Linear(H,
C))`, flow/chained.py), the call fails at that module whatever the Sequential is fed; in
`forward` (`self.out(relu(self.proj(out)))`), the head after a head of a recurrent result.
An error at the size written for the later module, with the one that gives the width as a
note."""

from __future__ import annotations

from lstmcheck.lint.rule import MATMUL_REJECTS, Rule, assumptions, forward_error, meeting
from lstmcheck.lint.spans import linear_in_features
from lstmcheck.records import Feed, FileFacts, Fix, Related
from lstmcheck.sizes import differ

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


def check_after_head(rule: Rule, feed: Feed, facts: FileFacts):
    """A Linear (or Sequential) fed the output of a head that a recurrent result was fed: the
    width that head gives, against the one this one takes."""
    given = feed.input
    if given is None or given.layer is not None or given.last is None or given.made_at is None \
            or feed.in_features is None or not differ(given.last, feed.in_features):
        return
    before = next((f for f in facts.feeds if f.location == given.made_at and f.kind in ("Linear", "Sequential")
                   and f.when == feed.when and f.input is not None and f.input.layer is not None), None)
    if before is None:
        return
    head = "nn.Linear" if feed.kind == "Linear" else "the Sequential's first Linear"
    message = (f"{head} at line {feed.layer.line} is sized for {feed.in_features} features, but it "
               f"is fed the output of {given.origin}, {given.last} features whatever that one is fed: "
               f"size it for {given.last}")
    spot = linear_in_features(feed.kind, feed.layer_text, feed.layer)
    written = spot[1] if spot is not None else str(feed.in_features)
    fix = Fix(f"size it for {given.last} features (not {written})", (), safe=False)
    related = (meeting(feed, f"it is fed {given.last} features"),
               Related(feed.path, before.layer, f"this gives {given.last} features"))
    yield rule.feed_finding(feed, message, outcome=_REJECTS, location=spot[0] if spot is not None else feed.layer,
                            related=related, fix=fix, assumed=assumptions(given.last, feed.in_features))
