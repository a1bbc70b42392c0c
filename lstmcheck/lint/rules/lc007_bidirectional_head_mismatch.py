"""LC007: a Linear head fed a recurrent layer's features but sized for something else, most
often `hidden_size` where a bidirectional layer gives 2 * hidden_size.

Judged where the tensor meets the head, from what the flow pass knows: `h_n[-1]` has one
direction's H_out features and stays silent; `output` and `torch.cat((h_n[-2], h_n[-1]), 1)`
have D * H_out. Reported at the head's in_features argument, the span its fix changes; silent
when the recurrent layer's sizes are swapped and the swap fits the head (LC003 says so).
"""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint import coincidence
from lstmcheck.lint.diagnose import disagreeing, first_of, fixed_upstream, lines_text
from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import (
    MATMUL_REJECTS,
    Rule,
    assumptions,
    differ_by_default,
    forward_error,
    meeting,
    record_at,
)
from lstmcheck.lint.rules import broadcasts, chained_widths, joined_heads, last_step, one_row_views
from lstmcheck.lint.rules.consumers import HEADS, check_consumer, check_product, meeting_rejected
from lstmcheck.lint.shapefns.products import ELEMENTWISE, MEETINGS
from lstmcheck.lint.spans import grouped, linear_in_features
from lstmcheck.records import CHAINED, STEP_INDEXED, Edit, Feed, FileFacts, Fix, Related, Tensor
from lstmcheck.sizes import Size, differ, same


_HEAD_REJECTS = forward_error(MATMUL_REJECTS)
# Twice the rows: torch fails where they are put back into (batch, steps, ...).
_ROWS_DOUBLED = forward_error(r"is invalid for input of size")


def _given(features: Size, single: Size | None, bidirectional: bool) -> str:
    """`2*hidden_size`, or `2*128 = 256` when the numbers are known."""
    if bidirectional and single is not None and same(features, Size.number(2) * single):
        return f"2*{single} = {features}" if single.value is not None else f"2*{single}"
    return str(features)


def _new_in_features(arg: str, features: Size, in_features: Size) -> str | None:
    """The in_features argument that takes `features`: twice what is written when that is
    what it takes (the code's own name for the size stays, even when the flow knows the
    number from where the model is built), else the number."""
    twice = same(features, Size.number(2) * in_features)
    if twice and not arg.strip().isdigit():
        return f"2 * {grouped(arg)}"
    if features.value is not None:
        return str(features.value)
    return f"2 * {grouped(arg)}" if twice else None


def _every_layer(sizes, single: Size | None, features: Size | None, in_features: Size | None) -> bool:
    """A head sized num_layers * D * H (every layer's final state, flattened) fed D * H: one
    layer's features, as attention over the output or the output's last step gives."""
    if single is None or sizes.directions is None or sizes.num_layers is None \
            or sizes.num_layers.value == 1 or sizes.num_layers.value is None and not sizes.num_layers.terms:
        return False
    one = sizes.directions * single
    return same(features, one) and same(in_features, sizes.num_layers * one) \
        and not same(in_features, one)


def check_feed(feed: Feed, facts: FileFacts = FileFacts()):
    if feed.kind == STEP_INDEXED:
        yield from last_step.check(RULE, feed, facts)
        return
    if feed.kind == ELEMENTWISE:
        yield from broadcasts.check(RULE, feed, facts)
        return
    if feed.kind == CHAINED:  # a Sequential whose modules disagree on a width
        yield from chained_widths.check(RULE, feed, facts)
        return
    if feed.kind in one_row_views.HEAD_KINDS and feed.input is not None and feed.input.layer is not None \
            and (feed.input.unfit is not None or feed.input.one_row_view is not None):
        yield from one_row_views.check(RULE, feed, facts)  # the view raises before the head
        return
    yield from coincidence.findings(RULE, feed, facts, coincidence.head_met)
    if feed.kind in HEADS:
        yield from check_consumer(RULE, feed, facts)
        return
    if feed.kind in MEETINGS and feed.operands:
        yield from check_product(RULE, feed, facts)
        return
    tensor = feed.input
    if tensor is not None and tensor.layer is None and tensor.joined is not None:
        yield from joined_heads.check(RULE, feed, facts)  # a head sized for another join
        return
    if feed.kind in ("Linear", "Sequential") and tensor is not None and tensor.layer is None:
        yield from chained_widths.check_after_head(RULE, feed, facts)  # a head after a head
        return
    if feed.kind not in ("Linear", "Sequential") or tensor is None or tensor.layer is None:
        return
    if tensor.folded is not None:
        yield from _folded_directions(feed, facts, tensor)
        return
    if tensor.one_layer is not None and tensor.dims is not None and len(tensor.dims) == 2:
        yield from _layers_as_rows(feed, facts, tensor)
        return
    by_default = differ_by_default(tensor.last, feed.in_features, facts)
    if not differ(tensor.last, feed.in_features) and not by_default:
        return
    record = record_at(facts, tensor.layer)
    if record is None:
        return
    if fixed_upstream(tensor, feed.in_features, facts):
        return  # LC003 reports the layer's swapped sizes, whose fix fits this head too
    alike = [f for f in facts.feeds if f.layer == feed.layer and f.location != feed.location
             and f.input is not None and f.input.layer is not None
             and same(f.input.last, tensor.last)]
    if not first_of(feed, alike):
        return  # one finding for the head, with a note at each call fed the same
    sizes = sizes_of(record)
    single = sizes.hidden_size if sizes.cell else sizes.h_out
    bidirectional = sizes.directions is not None and sizes.directions.value == 2
    assert tensor.last is not None and feed.in_features is not None
    given_text = _given(tensor.last, single, bidirectional)
    head = f"nn.{feed.kind}" if feed.kind == "Linear" else "the Sequential's first Linear"
    message = (f"{head} expects {feed.in_features} features but {tensor.origin} gives "
               f"{given_text}")
    if bidirectional and same(feed.in_features, single):
        message += (", both directions: size the head for both, or feed it one "
                    "direction's h_n[-1]")
    elif _every_layer(sizes, single, tensor.last, feed.in_features):
        message += (f", one layer's: the head is sized for the final states of all "
                    f"{sizes.num_layers} layers, but what reaches it holds the top layer's "
                    f"features only")
    elif single is not None and same(tensor.last, single) and sizes.directions is not None \
            and sizes.directions.value == 1 and same(feed.in_features, Size.number(2) * single):
        message += ", one direction: the layer is not bidirectional"
    spot = linear_in_features(feed.kind, feed.layer_text, feed.layer)
    new = _new_in_features(spot[1], tensor.last, feed.in_features) if spot else None
    others = disagreeing(feed, facts, tensor.last)
    edits = (Edit(spot[0], f"in_features={new}" if spot[2] else new),) \
        if spot is not None and new is not None and not others else ()
    description = f"build the Linear with in_features={new or tensor.last}"
    if others:
        description += (f", and feed it {tensor.last} features at "
                        f"{lines_text([f.location for f in others])} too")
    fix = Fix(description, edits, safe=False)
    related = (meeting(feed, f"it is fed {given_text} features"),
               *(Related(feed.path, f.location, f"also fed {given_text} features here")
                 for f in alike),
               *(Related(feed.path, f.location, f"also fed {f.input.last} features here")  # type: ignore[union-attr]
                 for f in others),
               Related(feed.path, tensor.layer, f"the {tensor.last} features come from the "
                       f"nn.{record.constructor} built here"))
    location = spot[0] if spot is not None else feed.layer
    if _one_inserted(tensor, feed.in_features):
        # the features are a dim of 1 an op made (`torch.unsqueeze(h[0][-1], dim=1)`): that
        # op is what changes, not the head
        location = tensor.made_at  # type: ignore[assignment]
        message = (f"{head} at line {feed.layer.line} expects {feed.in_features} features but "
                   f"{tensor.origin} makes its features a dim of 1: the head is not what is wrong, "
                   f"this op is; feed it the {feed.in_features} features")
        fix = Fix(f"feed the head the {feed.in_features} features it is built for", (), safe=False)
        related = (*related, Related(feed.path, spot[0] if spot is not None else feed.layer,
                                     f"the head is built for {feed.in_features} features here"))
    yield RULE.feed_finding(feed, message, outcome=_HEAD_REJECTS, location=location,
                            related=related, fix=fix,
                            assumed=assumptions(tensor.last, feed.in_features, sizes.directions)
                            + by_default)


def _one_inserted(tensor: Tensor, in_features: Size | None) -> bool:
    """The tensor's last dim is a 1 no literal of the file writes (an `unsqueeze`, a view or
    an index made it) where the head wants more than one feature."""
    last = tensor.last
    return last is not None and last.value == 1 and not last.written and tensor.made_at is not None \
        and in_features is not None and in_features.value is not None and in_features.value > 1


def _folded_directions(feed: Feed, facts: FileFacts, tensor: Tensor):
    """A head sized for one direction that gets one direction's features only because a
    view made the two directions rows: torch takes it, and fails (or silently mixes the
    directions) where the rows are put back into a batch. A warning: a head meant for each
    direction alike is possible, though rare."""
    record = record_at(facts, tensor.layer) if tensor.layer is not None else None
    if record is None or tensor.folded is None or feed.in_features is None:
        return
    sizes = sizes_of(record)
    single = sizes.hidden_size if sizes.cell else sizes.h_out
    if single is None or sizes.directions is None or sizes.directions.value != 2 \
            or not same(tensor.last, single) or not same(feed.in_features, single):
        return
    both = Size.number(2) * single
    layer = f"the bidirectional nn.{record.constructor} at line {tensor.layer.line}"
    both_text = f"2*{single} = {both}" if single.value is not None else f"2*{single}"
    # the op that folded them, also when ops that keep the rows came after it
    folding = tensor.origin if tensor.made_at == tensor.folded else f"view at line {tensor.folded.line}"
    message = (f"nn.{feed.kind} is sized for {single} features, one direction: the "
               f"{folding} turns the two directions of {layer} into rows (twice the "
               f"rows, {single} features each) instead of giving each row both directions' "
               f"{both_text}: reshape to that many features and size the head for both")
    spot = linear_in_features(feed.kind, feed.layer_text, feed.layer)
    new = _new_in_features(spot[1], both, feed.in_features) if spot else None
    fix = Fix(f"reshape to {both} features at line {tensor.folded.line} and build the Linear "
              f"with in_features={new or both}", (), safe=False)
    related = (Related(feed.path, tensor.folded, "the directions become rows here"),
               meeting(feed, f"it is fed {single} features per row, twice the rows"),
               Related(feed.path, tensor.layer, f"the nn.{record.constructor} built here "
                       f"gives 2*{single} features per step"))
    finding = RULE.feed_finding(
        feed, message, outcome=_ROWS_DOUBLED, related=related, fix=fix,
        location=spot[0] if spot is not None else feed.layer,
        assumed=("each row is meant to hold one step of both directions",))
    # The head takes the rows: torch fails, if at all, where they are put back, so the view
    # is where the finding is suppressed and what --verify looks for (no forward pass to run).
    yield replace(finding, call=tensor.folded)


def _layers_as_rows(feed: Feed, facts: FileFacts, tensor: Tensor):
    """A head fed a final state whose layers (or directions) a view made rows: `h_n.view(-1,
    H)` of a 2-layer h_n is (2*B, H), so the head gives one row per layer and sample, and
    what compares its rows with the batch's (a loss, the targets) fails. A warning: the view
    also serves a bridge that applies one Linear to every layer's state and views the result
    back, a use the linter cannot tell apart here."""
    record = record_at(facts, tensor.layer) if tensor.layer is not None else None
    if record is None or tensor.one_layer is None or feed.in_features is None \
            or not same(tensor.last, feed.in_features):
        return
    if any(f.kind in MEETINGS and meeting_rejected(f) is not None
           and any(t is not None and t.one_layer == tensor.one_layer for t in f.operands)
           for f in facts.feeds):
        return  # an op where the rows certainly fail reports the view as an error
    sizes = sizes_of(record)
    count = sizes.layers_times_directions
    parts = [f"{sizes.num_layers} layers" if sizes.num_layers is not None
             and sizes.num_layers.value != 1 else "",
             "2 directions" if sizes.directions is not None and sizes.directions.value == 2 else ""]
    what = " and ".join(p for p in parts if p) or f"{count} layers and directions"
    layer = f"nn.{record.constructor} at line {tensor.layer.line}"  # type: ignore[union-attr]
    head = f"nn.{feed.kind}" if feed.kind == "Linear" else "the Sequential"
    message = (f"the final state of the {layer} has {what}, ({count}, batch, {tensor.last}); "
               f"this view makes them rows, {count}*batch of them, so {head} at line "
               f"{feed.location.line} gives one row per layer and sample, not one per sample: "
               f"read the last layer, h_n[-1]")
    fix = Fix("read the last layer's state, h_n[-1] (both directions of it: "
              "torch.cat((h_n[-2], h_n[-1]), dim=1), with the head sized for both)", (), safe=False)
    related = (meeting(feed, f"{head} is fed {count}*batch rows"),
               Related(feed.path, tensor.layer, f"the nn.{record.constructor} built here "  # type: ignore[arg-type]
                       f"gives a final state of {count} rows per sample"))
    finding = RULE.feed_finding(
        feed, message, outcome=_ROWS_DOUBLED, related=related, fix=fix, location=tensor.one_layer,
        assumed=("each row of the head's input is meant to be one sample",))
    yield replace(finding, call=tensor.one_layer)  # torch fails, if at all, further on


RULE = Rule(
    code="LC007",
    name="bidirectional-head-mismatch",
    severity="error or warning",
    summary="A head's size does not match the recurrent output it is fed (2*hidden_size "
            "from a bidirectional layer): a Linear's in_features, a Conv1d's in_channels, a "
            "norm's or an attention layer's size.",
    explanation=(
        "A bidirectional layer concatenates both directions: output has D*H_out = "
        "2*hidden_size features, and so has torch.cat((h_n[-2], h_n[-1]), dim=1). A head "
        "built as nn.Linear(hidden_size, ...) then fails at the first forward pass with "
        "'mat1 and mat2 shapes cannot be multiplied'. h_n[-1] alone is one direction "
        "(hidden_size features) and is fine. Reported at the head's in_features, the "
        "argument to change, with a note where the tensor meets the head. The same holds "
        "for the other layers that read a recurrent output: a LayerNorm or a "
        "MultiheadAttention reads the last dim, a Conv1d or a BatchNorm1d dim 1 of "
        "(N, C, L); a Conv1d fed the (N, L, H) output untransposed is reported where the "
        "tensors meet, with .transpose(1, 2) as the fix. An elementwise operation "
        "(a * b, a + b) of a recurrent result, or of a Linear's output of one, with a tensor "
        "it cannot broadcast with (a gate or a residual sized for one direction, a "
        "several-layer h_n as an attention query) is reported where torch raises. And the "
        "last step taken from the batch dim, out[:, -1, :] of a sequence-first output or "
        "out[-1] of a batch-first one, is reported at the index (a warning) when the file "
        "says how its data is laid out (batch_first passed, or the states' batch taken from "
        "that dim), the input is known batched, and a head, loss or product reads the rows. "
        "A module sized for another width than the module before it gives "
        "(nn.Sequential(nn.LayerNorm(2 * H), nn.Linear(H, C)), or a Linear fed another "
        "Linear's output in forward) is reported at its size. A view of a final state that "
        "asks for one row per sample (h_n.view(B, H) of several layers) raises before the "
        "head it feeds: reported at the view, a warning when the number of layers is a "
        "size the class takes."
    ),
    wrong=(
        "lstm = nn.LSTM(10, 64, batch_first=True, bidirectional=True)\n"
        "head = nn.Linear(64, 1)\n"
        "out, _ = lstm(torch.randn(8, 5, 10))\n"
        "y = head(out[:, -1, :])"
    ),
    right=(
        "lstm = nn.LSTM(10, 64, batch_first=True, bidirectional=True)\n"
        "head = nn.Linear(2 * 64, 1)\n"
        "out, _ = lstm(torch.randn(8, 5, 10))\n"
        "y = head(out[:, -1, :])"
    ),
    valid=(
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, hidden):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(16, hidden, bidirectional=True)\n"
        "        self.fc = nn.Linear(hidden, 2)\n"
        "    def forward(self, x):\n"
        "        _, h_n = self.rnn(x)\n"
        "        return self.fc(h_n[-1])\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, hidden):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.LSTM(16, hidden, bidirectional=True)\n"
        "        self.fc = nn.Linear(hidden * 2, 2)\n"
        "    def forward(self, x):\n"
        "        _, (h_n, _) = self.rnn(x)\n"
        "        return self.fc(torch.cat((h_n[-2], h_n[-1]), dim=1))\n",
        "import torch\nfrom torch import nn\n"
        "lstm = nn.LSTM(10, 32, batch_first=True)\nconv = nn.Conv1d(32, 8, 3)\n"
        "out, _ = lstm(torch.randn(4, 20, 10))\ny = conv(out.transpose(1, 2))\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(16, 32, batch_first=True)\n"
        "        self.fc = nn.Linear(32, 2)\n"
        "    def forward(self, x):\n"
        "        out, _ = self.rnn(x)\n"
        "        return self.fc(out[:, -1, :])\n",
        "import torch\nfrom torch import nn\n"
        "lstm = nn.LSTM(8, 8, batch_first=True, bidirectional=True)\n"
        "x = torch.randn(2, 5, 8)\nout, _ = lstm(x)\ny = torch.cat([x, x], dim=-1) + out\n",
    ),
    invalid=(
        "import torch\nfrom torch import nn\n"
        "lstm = nn.LSTM(10, 32, batch_first=True, bidirectional=True)\n"
        "norm = nn.LayerNorm(32)\n"
        "out, _ = lstm(torch.randn(4, 20, 10))\ny = norm(out)\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, hidden):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.LSTM(16, hidden, batch_first=True, bidirectional=True)\n"
        "        self.fc = nn.Linear(hidden, 2)\n"
        "    def forward(self, x):\n"
        "        out, _ = self.rnn(x)\n"
        "        return self.fc(out[:, -1, :])\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, hidden):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(16, hidden, bidirectional=True)\n"
        "        self.fc = nn.Linear(hidden, 2)\n"
        "    def forward(self, x):\n"
        "        _, h_n = self.rnn(x)\n"
        "        return self.fc(torch.cat([h_n[-2], h_n[-1]], dim=-1))\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(16, 32, batch_first=False)\n"
        "        self.fc = nn.Linear(32, 2)\n"
        "    def forward(self, x):\n"
        "        out, _ = self.rnn(x)\n"
        "        return self.fc(out[:, -1, :])\n",
        "import torch\nfrom torch import nn\n"
        "lstm = nn.LSTM(8, 8, batch_first=True, bidirectional=True)\n"
        "x = torch.randn(2, 5, 8)\nout, _ = lstm(x)\ny = x + out\n",
        "import torch\nfrom torch import nn\n"
        "lstm = nn.LSTM(10, 32, batch_first=True, bidirectional=True)\n"
        "head = nn.Sequential(nn.LayerNorm(64), nn.Linear(32, 2))\n"
        "out, _ = lstm(torch.randn(4, 20, 10))\ny = head(out)\n",
    ),
    check_feed=check_feed,
)
