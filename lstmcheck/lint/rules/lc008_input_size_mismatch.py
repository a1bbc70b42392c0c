"""LC008: the tensor fed to a recurrent layer has a feature size other than its input_size.

The feature size comes from what produced the tensor: an Embedding's dim, a Linear's
out_features, a literal tensor's last dimension, a previous recurrent layer's D * H_out.
When input_size equals the sequence length, or swapping input_size and hidden_size fits all
the data around the layer, LC003 reports it instead (see lint/diagnose.py). Reported at the
input_size argument, the span the fix changes, or where its number is written when that is
elsewhere (a site's argument, a config entry: lint/diagnose.py's blame policy).
"""

from __future__ import annotations

from lstmcheck.lint import coincidence
from lstmcheck.lint.diagnose import (
    BIDIRECTIONAL_INPUT,
    SWAPPED,
    argument_edit,
    argument_location,
    bidirectional_source,
    cause,
    disagreeing,
    contradicting,
    first_symptom,
    fixed_upstream,
    input_size_text,
    lines_text,
    missing_batch_dim,
    formula_blame,
    number_blame,
    origin_location,
)
from lstmcheck.lint.part_widths import known_width, unknown_part_names
from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.unit_views import rests_on_unit_view, whole_multiple
from lstmcheck.lint.rules import input_rank, vocabulary_sized
from lstmcheck.lint.rule import WRONG_FEATURES, Rule, assumptions, differ_by_default, meeting
from lstmcheck.records import Feed, FileFacts, Fix, Related, Tensor
from lstmcheck.sizes import differ, same


def swapped(feed: Feed) -> str | None:
    """'hidden' when the features fed are hidden_size, 'sequence' when input_size is the
    sequence length of the tensor fed: LC003's cases, which LC008 leaves to it."""
    if feed.record is None or feed.input is None:
        return None
    sizes = sizes_of(feed.record)
    if not differ(feed.input.last, sizes.input_size):
        return None
    dims = feed.input.dims
    if dims is not None and not sizes.cell and len(dims) == 3 and sizes.batch_first is not None:
        if same(dims[1 if sizes.batch_first else 0], sizes.input_size):
            return "sequence"
    if same(feed.input.last, sizes.hidden_size):
        return "hidden"
    return None


def own_output_message(ctor: str, feed: Feed, input_size: object, output: object) -> str:
    """A layer applied again to what it returned: the next module of a stack built alike, or
    a step fed back."""
    return (f"{ctor} is applied at line {feed.location.line} to its own output, {output} "
            f"features, but expects input_size={input_size}: torch raises at the second step. "
            f"Each application after the first reads what the one before returned: a stack of "
            f"modules built alike needs input_size={input_size} for the first and "
            f"{output} for the others; a step fed back needs a projection to "
            f"{input_size} features")


def joined_message(ctor: str, tensor: Tensor, input_size: object, unknown: list[str]) -> str:
    """A concatenation with parts of unknown width: its known parts already fill (or pass)
    input_size, and each other part adds at least one feature."""
    known = known_width(tensor.last)
    parts = " and ".join(unknown)
    return (f"{ctor} expects input_size={input_size} features but {tensor.origin} joins "
            f"{known} features with {parts}, so it has more than {known}: "
            f"torch raises where it is fed. The layer is sized for one part of what it "
            f"is fed: build it with input_size={known} plus the width of {parts}")


def check_feed(feed: Feed, facts: FileFacts = FileFacts()):
    yield from coincidence.findings(RULE, feed, facts, coincidence.input_met)
    if feed.record is None or feed.input is None or swapped(feed) == "sequence":
        return
    wrong_rank = input_rank.finding(RULE, feed)
    if wrong_rank is not None:  # no feature size to compare: the input needs a reshape
        yield wrong_rank
        return
    if missing_batch_dim(feed):
        return  # LC009: the input lost its batch dim, so its last dim is no feature size
    sizes = sizes_of(feed.record)
    tensor = feed.input
    # Only by defaults, features that are hidden_size are the swap LC003 reports from names.
    by_default = () if same(tensor.last, sizes.hidden_size) else \
        differ_by_default(tensor.last, sizes.input_size, facts)
    if rests_on_unit_view(tensor.last) and whole_multiple(sizes.input_size, tensor.last):
        return  # a view's -1 of several indices per position: a multiple may be meant
    if not differ(tensor.last, sizes.input_size) and not by_default:
        yield from vocabulary_sized.findings(RULE, feed, facts)  # Embedding(n, d) fed to input_size=n
        return
    earlier = facts.feeds[:facts.feeds.index(feed)] if feed in facts.feeds else ()
    if any(f.layer == feed.layer and f.location == feed.location and f.input is not None
           and f.input.last == tensor.last for f in earlier):
        return  # the same call inlined twice (`a = enc(left); b = enc(right)`): said once
    why = cause(feed.record, facts)
    if why == SWAPPED or not first_symptom(feed, facts) \
            or fixed_upstream(tensor, sizes.input_size, facts):
        return  # LC003 reports a swap (here or upstream); a layer's cause is reported once
    assert tensor.last is not None
    ctor = f"nn.{feed.kind}"
    source = bidirectional_source(feed, facts) if why == BIDIRECTIONAL_INPUT else None
    unknown = unknown_part_names(tensor.last) if source is None and tensor.layer != feed.layer else []
    if unknown and any(f.layer == feed.layer and f.input is not None and f.input.last is not None
                       and not unknown_part_names(f.input.last) for f in facts.feeds):
        return  # a walk that knows every part judges the layer (a caller passed the rest)
    related = [meeting(feed, f"fed {tensor.last} features ({tensor.origin})")]
    if source is not None:
        theirs = sizes_of(source)
        both = f"2*{theirs.h_out} = {tensor.last}" if tensor.last.value is not None \
            else str(tensor.last)
        message = (f"{ctor} reads the output of the bidirectional nn.{source.constructor} at "
                   f"line {source.location.line}, which has {both} "
                   f"features (both directions), but input_size={sizes.input_size} is one "
                   f"direction's: build it with input_size={tensor.last}")
        related.append(Related(feed.path, source.location,
                               f"the bidirectional nn.{source.constructor} is built here"))
    elif tensor.layer == feed.layer:  # its own output fed back: flow/alike.py
        message = own_output_message(ctor, feed, sizes.input_size, tensor.last)
        if origin_location(tensor) != feed.location:  # returned elsewhere than it is fed
            related.append(Related(feed.path, origin_location(tensor),
                                   f"the {tensor.last} features are its own output, from here"))
    elif unknown:  # a cat whose other parts the walk does not know: flow/unknown_parts.py
        message = joined_message(ctor, tensor, sizes.input_size, unknown)
        related.append(Related(feed.path, origin_location(tensor),
                               f"{known_width(tensor.last)} features and {' and '.join(unknown)} "
                               f"are joined here"))
    else:
        message = (f"{ctor} expects input_size={sizes.input_size} features but "
                   f"{tensor.origin} gives {tensor.last}: torch raises at the first forward "
                   f"pass. Build it with input_size={tensor.last}, or feed it "
                   f"{sizes.input_size} features")
        kept = contradicting(feed.record, facts)
        if same(tensor.last, sizes.hidden_size) and kept:
            message += (f". The sizes are not swapped: hidden_size={sizes.hidden_size} fits "
                        f"what else meets the layer ({lines_text([o.location for o in kept])})")
            related += [Related(feed.path, o.location, f"fits hidden_size={sizes.hidden_size}: "
                                f"{o.label}") for o in kept]
        else:
            related.append(Related(feed.path, origin_location(tensor),
                                   f"the {tensor.last} features come from here"))
    one_feature = not sizes.cell and _one_feature_series(tensor, sizes.input_size) \
        and source is None and tensor.layer != feed.layer
    if one_feature:
        message += (f". A 2-D input is one unbatched sequence (seq_len, features) to torch: if "
                    f"it is a batch of series of one feature each, the feature dim is missing "
                    f"(add it with .unsqueeze(-1))")
    text = input_size_text(feed.record, tensor.last)
    others = disagreeing(feed, facts, tensor.last)
    edit = argument_edit(feed.record, "input_size", text) if not others else None
    description = f"build {ctor} with input_size={text or tensor.last}"
    if tensor.layer == feed.layer:  # one edit cannot size the first module and the others
        edit, others = None, []
        description = (f"build the first module with input_size={sizes.input_size} and the "
                       f"others with input_size={tensor.last}, or project the output back "
                       f"to {sizes.input_size} features")
    if others:
        description += (f", and feed it {tensor.last} features at "
                        f"{lines_text([f.location for f in others])} too")
        related += [Related(feed.path, f.location, f"also fed {f.input.last} features here")  # type: ignore[union-attr]
                    for f in others]
    location = argument_location(feed.record, "input_size")
    # A number written elsewhere (a site's argument, a config entry) is fixed there; the
    # argument's edit does not follow it, an edit of the literal itself does.
    written = (number_blame(feed.record, "input_size", tensor.last)
               or formula_blame(feed.record, "input_size", tensor.last)) \
        if source is None and not others else None
    if written is not None:
        location = written.location
        related[:0] = [Related(feed.path, where, what) for where, what in written.notes]
        edit = written.edits[0] if written.edits else None
        description = written.fix
    if unknown:  # no number to write: the widths of the parts the walk does not know
        edit, description = None, (f"size input_size for all the parts joined: "
                                   f"{known_width(tensor.last)} features and {' and '.join(unknown)}'s")
    if one_feature:  # resizing the layer would make it read the batch as time
        edit, description = None, "add the feature dim to the input: .unsqueeze(-1)"
        made = origin_location(tensor)
        if made is not None and made != location:
            related = [r for r in related if r.location != made] + [
                Related(feed.path, location, f"input_size={sizes.input_size} is set here")]
            location = made
    fix = Fix(description, (edit,) if edit is not None else (), safe=False)
    yield RULE.feed_finding(
        feed, message,
        assumed=assumptions(tensor.last, sizes.input_size) + by_default,
        outcome=WRONG_FEATURES,
        location=location,
        related=tuple(related), fix=fix,
    )


def _one_feature_series(tensor, input_size) -> bool:
    """A 2-D tensor fed to a layer (not a cell) of input_size=1: torch reads it as one unbatched sequence
    of `tensor.last` features, where the data is most likely a batch of one-feature series."""
    return tensor.dims is not None and len(tensor.dims) == 2 and input_size is not None \
        and input_size.value == 1


RULE = Rule(
    code="LC008",
    name="input-size-mismatch",
    severity="error or warning",
    summary="The tensor fed to a recurrent layer has a feature size other than its input_size.",
    explanation=(
        "Every time step of the input must have input_size features: the embedding size, the "
        "previous Linear's out_features, or D*H_out of the recurrent layer below. Otherwise "
        "the first forward pass raises 'input.size(-1) must be equal to input_size'. A common "
        "cause is stacking a layer after a bidirectional one, whose output has 2*hidden_size "
        "features."
    ),
    wrong=(
        "emb = nn.Embedding(1000, 128)\nlstm = nn.LSTM(100, 256)\n"
        "out, _ = lstm(emb(torch.zeros(5, 3, dtype=torch.long)))"
    ),
    right=(
        "emb = nn.Embedding(1000, 128)\nlstm = nn.LSTM(128, 256)\n"
        "out, _ = lstm(emb(torch.zeros(5, 3, dtype=torch.long)))"
    ),
    valid=(
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, vocab, emb, hidden):\n"
        "        super().__init__()\n"
        "        self.emb = nn.Embedding(vocab, emb)\n"
        "        self.lstm = nn.LSTM(emb, hidden, batch_first=True)\n"
        "    def forward(self, tokens):\n"
        "        out, _ = self.lstm(self.emb(tokens))\n"
        "        return out\n",
        "import torch\nfrom torch import nn\n"
        "first = nn.LSTM(8, 16, bidirectional=True)\n"
        "second = nn.LSTM(32, 16)\n"
        "out, _ = first(torch.randn(5, 3, 8))\n"
        "out, _ = second(out)\n",
    ),
    invalid=(
        "import torch\nfrom torch import nn\n"
        "n_in, n_hidden = 3, 32\n"
        "rnn = nn.RNN(n_in, n_hidden)\n"
        "out, h = rnn(torch.randn(20, 16, 5))\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, vocab, emb, hidden):\n"
        "        super().__init__()\n"
        "        self.emb = nn.Embedding(vocab, 2 * emb)\n"
        "        self.lstm = nn.LSTM(emb, hidden, batch_first=True)\n"
        "    def forward(self, tokens):\n"
        "        out, _ = self.lstm(self.emb(tokens))\n"
        "        return out\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, vocab=1000, emb_dim=100, hidden=64):\n"
        "        super().__init__()\n"
        "        self.emb = nn.Embedding(vocab, emb_dim)\n"
        "        self.lstm = nn.LSTM(128, hidden)\n"
        "    def forward(self, tokens):\n"
        "        return self.lstm(self.emb(tokens))\n",
        "import torch\nfrom torch import nn\n"
        "first = nn.LSTM(8, 16, bidirectional=True)\n"
        "second = nn.LSTM(16, 16)\n"
        "out, _ = first(torch.randn(5, 3, 8))\n"
        "out, _ = second(out)\n",
    ),
    check_feed=check_feed,
)
