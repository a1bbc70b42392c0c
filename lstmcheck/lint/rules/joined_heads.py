"""LC007's judgement of a Linear fed a `torch.cat` that joins a recurrent layer's result with
other features (`Tensor.joined`): Skim-RNN's gate over `cat([embed, h, c], 1)` built for
`embed_dim + large_cell_size`, one state's width. torch raises at the head ("mat1 and mat2
shapes cannot be multiplied"); the head's in_features is the span to change. Only a width
certainly apart: the join's width is the sum of its parts', each known."""

from __future__ import annotations

from lstmcheck.lint.diagnose import disagreeing, first_of, lines_text
from lstmcheck.lint.rule import MATMUL_REJECTS, assumptions, forward_error, meeting, record_at
from lstmcheck.lint.spans import linear_in_features
from lstmcheck.records import Edit, Feed, FileFacts, Fix, Related
from lstmcheck.sizes import differ, same

_HEAD_REJECTS = forward_error(MATMUL_REJECTS)


def check(rule, feed: Feed, facts: FileFacts):
    tensor = feed.input
    if feed.kind != "Linear" or tensor is None or tensor.layer is not None or tensor.joined is None \
            or feed.in_features is None or tensor.last is None or not differ(tensor.last, feed.in_features):
        return
    record = record_at(facts, tensor.joined)
    if record is None:
        return
    alike = [f for f in facts.feeds if f.layer == feed.layer and f.location != feed.location
             and f.input is not None and same(f.input.last, tensor.last)]
    if not first_of(feed, alike):
        return  # one finding for the head
    source = f"nn.{record.constructor} at line {tensor.joined.line}"
    message = (f"nn.Linear expects {feed.in_features} features but {tensor.origin} gives "
               f"{tensor.last}: it joins the result of the {source} with other features, and "
               f"the head is sized for another join")
    spot = linear_in_features(feed.kind, feed.layer_text, feed.layer)
    others = disagreeing(feed, facts, tensor.last)
    new = str(tensor.last.value) if tensor.last.value is not None else None
    edits = (Edit(spot[0], f"in_features={new}" if spot[2] else new),) \
        if spot is not None and new is not None and not others else ()
    description = f"build the Linear with in_features={tensor.last}"
    if others:
        description += (f", and feed it {tensor.last} features at "
                        f"{lines_text([f.location for f in others])} too")
    related = (meeting(feed, f"it is fed {tensor.last} features"),
               Related(feed.path, tensor.joined, f"the {source} whose result is joined is built here"))
    yield rule.feed_finding(feed, message, outcome=_HEAD_REJECTS,
                            location=spot[0] if spot is not None else feed.layer,
                            related=related, fix=Fix(description, edits, safe=False),
                            assumed=assumptions(tensor.last, feed.in_features))
