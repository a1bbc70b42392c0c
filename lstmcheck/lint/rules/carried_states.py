"""LC009's warning for a state carried from one call to the next (flow/carried.py): `forward`
reads back the final state the previous call stored on `self`, made for that call's batch, and
the file's DataLoader keeps a shorter last batch."""

from __future__ import annotations

from lstmcheck.records import Feed, Fix, Related


def carried_state(rule, feed: Feed, outcome):
    """The warning, at the read (where the fix goes: use the state only when its batch is this
    one's), with the store and the DataLoader as notes."""
    carried = feed.carried
    if carried is None:
        return
    rows = f"batches of {carried.size} rows" if carried.size is not None else "batches"
    message = (f"{carried.attribute} is the state nn.{carried.layer} (line {feed.layer.line}) returned on the "
               f"previous call (stored at line {carried.stored_at.line}), made for that call's batch; "
               f"the DataLoader at line {carried.loader_at.line} makes {rows} without drop_last=True, so "
               f"its last batch may have fewer rows and nn.{carried.layer} rejects the state; reuse it only "
               f"when {carried.attribute}.size(1) equals this batch's size, else start from zeros")
    related = (Related(feed.path, carried.stored_at, f"the previous call stores {carried.attribute} here"),
               Related(feed.path, carried.loader_at, "the last batch may be shorter: no drop_last=True"))
    fix = Fix(f"reuse {carried.attribute} only for a batch of its size, or pass drop_last=True", safe=False)
    yield rule.feed_finding(feed, message, assumed=("the data's rows are not a multiple of the batch size",),
                            outcome=outcome, related=related, fix=fix)
