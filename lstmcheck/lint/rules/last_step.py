"""LC007's judgement of a last step taken from the wrong dim: `out[:, -1, :]` of a
sequence-first output (the last sample of the batch at every step) or `out[-1]` of a
batch-first one (the last sample's every step). Which dim is time the layer's batch_first says.

torch raises nothing there: the head takes the (seq_len, features) rows, and what compares them
with the batch (a loss, the targets) fails or silently trains on the wrong rows. So a warning
(flow errors are what torch raises), at the index, the span to change, with the layer as a note (building it with the other batch_first is
the other fix, when the data is laid out that way).
"""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import Rule, forward_error, record_at
from lstmcheck.records import CallRecord, Edit, Feed, FileFacts, Fix, Related
from lstmcheck.lint.shapefns.products import CLASS_LOSSES, ELEMENTWISE_LOSSES
from lstmcheck.sizes import differ, same

LOSSES = CLASS_LOSSES | ELEMENTWISE_LOSSES

# Twice-checked by a loss: the rows a head gives are seq_len, not batch.
_ROWS_OF_STEPS = forward_error(r"Expected input batch_size \(\d+\) to match target batch_size")


def check(rule: Rule, feed: Feed, facts: FileFacts):
    step = feed.step
    record = record_at(facts, feed.layer)
    if step is None or record is None:
        return
    sizes = sizes_of(record)
    if sizes.cell or sizes.batch_first is None:
        return
    time_dim = 1 if sizes.batch_first else 0
    if step.dim == time_dim:
        return  # the last step, as meant
    if not _laid_out(feed, facts, record, 1 - time_dim):
        return  # `x[:, -1]` of a sequence-first layer fed (batch, seq) data is the last step
    if sizes.batch_first and not _batched_input(feed, facts):
        return  # an unbatched (L, F) input gives (L, H): out[-1] is its last step
    if not _read_as_rows(feed, facts):
        return  # kept, plotted or returned: the rows may be meant (a sample's every step)
    layer = f"nn.{record.constructor} at line {feed.layer.line}"
    if sizes.batch_first:
        right = f"{step.value}[:, -1]"
        message = (f"{feed.layer_text} takes the last sample of the batch, all its steps, not "
                   f"the last step: the {layer} is batch-first (batch_first=True), its output "
                   f"(batch, seq_len, features); the last step is {right}")
        assumed = ()
    else:
        right = f"{step.value}[-1]"
        default = "" if "batch_first" in record.call.arguments else ", the default"
        message = (f"{feed.layer_text} takes the last sample of the batch at every step, not the "
                   f"last step: the {layer} is sequence-first (batch_first=False{default}), "
                   f"its output (seq_len, batch, features); the last step is {right}, or build "
                   f"the layer with batch_first=True if the data is (batch, seq_len, features)")
        assumed = ()
    # A warning: torch raises nothing here, and only the rows' meaning is wrong
    assumed = ("what reads it wants one row per sample",) + assumed
    fix = Fix(f"take the last step, {right}", (Edit(feed.location, right),), safe=False)
    related = (Related(feed.path, feed.layer, f"the nn.{record.constructor} built here is "
                       f"{'batch' if sizes.batch_first else 'sequence'}-first"),)
    finding = rule.feed_finding(feed, message, outcome=_ROWS_OF_STEPS, related=related, fix=fix,
                                assumed=assumed)
    # torch raises nothing at the index, if at all where the rows meet the batch: --verify has
    # no forward pass to run (the indexed name is the call, on the same line for noqa)
    yield replace(finding, call=step.value_at) if step.value_at is not None else finding


def _batched_input(feed: Feed, facts: FileFacts) -> bool:
    """The layer is fed a 3-D input, or 3-D states, in the file: batch_first applies (to a
    2-D, unbatched input it does not, and its output's first dim is time)."""
    for met in facts.feeds:
        if met.layer != feed.layer or met.record is None:
            continue
        if met.input is not None and met.input.dims is not None and len(met.input.dims) == 3:
            return True
        state = met.states[0] if met.states else None
        if state is not None and state.dims is not None and len(state.dims) == 3:
            return True  # torch takes 3-D states with a batched input only
    return False


def _read_as_rows(feed: Feed, facts: FileFacts) -> bool:
    """A head, a loss or a product in the file takes the indexed rows (directly or through
    the name they were given), where one row per sample is what it reads."""
    for met in facts.feeds:
        if met is feed:
            continue
        for tensor in (met.input, *met.operands):
            if tensor is not None and tensor.made_at == feed.location:
                return True
    return False


def _laid_out(feed: Feed, facts: FileFacts, record: CallRecord, batch_dim: int) -> bool:
    """The file says which dim of the data is the batch: it passes batch_first, a loss compares
    the index's rows with targets of another count, it takes the states' batch from that dim
    of the input (`torch.zeros(layers, x.size(1), H)`), or it states the data's sizes. Without
    either the data may be laid out against the layer's default, and the index be the one
    thing right about it (the layer's batch_first is the bug then, and torch cannot tell)."""
    if "batch_first" in record.call.arguments or _targets_of_the_batch(feed, facts):
        return True
    dims = feed.step.dims if feed.step is not None else None
    if dims is None or len(dims) != 3:
        return False
    batch, steps = dims[batch_dim], dims[1 - batch_dim]
    if batch is not None and steps is not None and not batch.assumed and not steps.assumed \
            and batch.value is not None and batch.value > 1 and steps.value is not None:
        # Data of stated sizes (`torch.randn(4, 2, 5)`): laid out the layer's way, the index
        # takes one sample's steps; laid out the other way, the layer reads the batch as time.
        # Either way the rows are not the last step of each sample.
        return True
    for met in facts.feeds:
        if met.layer != feed.layer or met.record is None or not met.states:
            continue
        state = met.states[0]
        given = state.dims[1] if state is not None and state.dims is not None \
            and len(state.dims) == 3 else None
        if given is not None and batch is not None and same(given, batch) \
                and (steps is None or not same(given, steps)):
            return True
    return False


def _targets_of_the_batch(feed: Feed, facts: FileFacts) -> bool:
    """A loss compares the head's rows of this index with targets of another count: the rows
    the index took are not one per sample (torch raises there, or trains on the wrong rows)."""
    for met in facts.feeds:
        if met.kind not in LOSSES or len(met.operands) != 2 or met.operands[0] is None \
                or met.operands[1] is None or met.operands[0].stepped != feed.location:
            continue
        rows, target = met.operands[0].dims, met.operands[1].dims
        if rows and target and rows[0] is not None and target[0] is not None and differ(rows[0], target[0]):
            return True
    return False
