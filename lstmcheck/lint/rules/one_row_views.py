"""LC007: a head fed a final state viewed as one row per sample, `h_n.view(B, H)` (or
`h_n[0].view(...)` of an LSTM's pair), where the state's rows, D*num_layers, are a size the
class takes (`num_layers=self.layer_num`). The view holds only while that size is 1: with two
layers torch raises at the view, before the head ("shape '[4, 8]' is invalid for input of
size 64"). A warning at the view, the line to fix (read the last layer, `h_n[-1]`), because
the file may only ever build one layer; it names that assumption (flow/reshaping.py)."""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.rule import Rule, assumptions, forward_error, meeting, record_at
from lstmcheck.lint.rules.consumers import HEADS
from lstmcheck.records import Feed, FileFacts, Fix, Related, UnfitView
from lstmcheck.sizes import Size, same

HEAD_KINDS = frozenset({"Linear", "Sequential", *HEADS})

_VIEW_REJECTED = forward_error(r"is invalid for input of size")


def _listed(sizes) -> str:
    return ", ".join(str(s) for s in sizes)


def _count(sizes) -> Size:
    total = Size.number(1)
    for size in sizes:
        total = total * size
    return total


def check(rule: Rule, feed: Feed, facts: FileFacts):
    """One finding per view of a recurrent result that cannot hold it (an error) or holds it
    only while the state's rows are 1 (a warning), by the first head the view's result
    reaches."""
    tensor = feed.input
    if tensor is None or tensor.layer is None:
        return
    view: UnfitView | None = tensor.unfit or tensor.one_row_view
    if view is None:
        return
    certain = tensor.unfit is not None
    carrying = [f for f in facts.feeds if f.input is not None and f.kind in HEAD_KINDS
                and view.location in _views(f.input)]
    if carrying and carrying[0] is not feed and carrying[0].location != feed.location:
        return  # one finding per view, by the first head it reaches
    if any(f.record is not None and any(s is not None and s.unfit is not None
                                        and s.unfit.location == view.location for s in f.states)
           for f in facts.feeds):
        return  # also passed to a recurrent layer as its state: LC009 reports the view
    record = record_at(facts, tensor.layer)
    if record is None:
        return
    head = f"nn.{feed.kind}" if feed.kind in ("Linear", "Sequential") else f"the nn.{feed.kind}"
    of = f"of the nn.{record.constructor} at line {tensor.layer.line}, ({_listed(view.before)})"
    fix = Fix("read the last layer's state, h_n[-1] (torch.cat((h_n[-2], h_n[-1]), dim=1) for "
              "both directions of a bidirectional layer)", (), safe=False)
    related = (meeting(feed, f"what the {view.method} makes is passed to {head} here"),
               Related(feed.path, tensor.layer, f"the nn.{record.constructor} built here gives "
                       f"({_listed(view.before)})"))
    if certain:
        before = _count(view.before)
        message = (f".{view.method}({_listed(view.asked)}) of the result {of}, asks for "
                   f"{_count(view.asked)} elements where there are {before}: torch raises at the "
                   f"{view.method}, before {head} at line {feed.layer.line}")
        if view.before and len(view.before) == 3 and same(_count(view.asked) * view.before[0], before):
            message += (f"; it asks for one row of a final state of {view.before[0]} rows (layers "
                        f"and directions): read the last layer, h_n[-1]")
        finding = rule.feed_finding(feed, message, outcome=_VIEW_REJECTED, location=view.location,
                                    related=related, fix=fix,
                                    assumed=assumptions(*view.before, *view.asked))
        yield replace(finding, call=view.location)
        return
    rows = view.before[0]
    message = (f".{view.method}({_listed(view.asked)}) of the final state {of}, asks for one row "
               f"of it: it holds only while {rows} is 1; with more layers torch raises at the "
               f"{view.method} (\"shape '[...]' is invalid for input of size ...\"), before {head} "
               f"at line {feed.layer.line}: read the last layer, h_n[-1]")
    hypothetical = all(f.hypothetical for f in carrying) if carrying else feed.hypothetical
    finding = rule.feed_finding(
        replace(feed, when=None, hypothetical=hypothetical), message, outcome=_VIEW_REJECTED,
        location=view.location, related=related, fix=fix,
        assumed=(f"{rows} is more than 1 where the model is built, as the class takes it as a parameter",))
    yield replace(finding, call=view.location)


def _views(tensor) -> tuple:
    return tuple(v.location for v in (tensor.unfit, tensor.one_row_view) if v is not None)
