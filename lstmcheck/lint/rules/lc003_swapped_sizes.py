"""LC003: evidence that input_size and hidden_size are swapped, or that input_size got the
sequence length.

When the flow pass knows the tensor fed in, that is the evidence, and a swap is an error: its
features equal hidden_size and not input_size, and swapping both sizes fits everything else
that meets the layer (its states, what reads its output: lint/diagnose.py); or input_size
equals its sequence length. Reported at the sizes the fix changes, with notes where the data
meets them.
Otherwise the only evidence is in names: `nn.LSTM(hidden_dim, input_dim)`. A decoder may read
hidden-sized features on purpose (an LSTM autoencoder's decoder is nn.LSTM(hidden_size,
input_size)), so that is a warning, silent when the same class also builds the layer the
other way round, and silent when the flow shows what is fed.
"""

from __future__ import annotations

import re

from lstmcheck.lint.diagnose import (
    argument_edit,
    argument_location,
    explained_by_swap,
    first_symptom,
    input_size_text,
    lines_text,
    observations,
)
from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import WRONG_FEATURES, Rule, assumptions, meeting
from lstmcheck.lint.rules.lc008_input_size_mismatch import swapped
from lstmcheck.records import CallRecord, Feed, FileFacts, Fix, Related, Value

_HIDDEN = {"hidden", "hid", "nhid", "hdim"}
_INPUT = {"input", "inp", "in", "ninp", "emb", "embed", "embedding", "embd", "embeddings",
          "feature", "features", "feat", "feats"}
# A window or look-back is not among them: time-series models often feed the window's values
# as the features of each step, (batch, n_series, window), and that is correct code.
_SEQUENCE = {"seq", "sequence", "timesteps", "timestep", "steps", "maxlen"}
_SEQUENCE_PHRASES = ("seq_len", "seq_length", "sequence_length", "sequence_len", "time_steps",
                     "n_steps", "num_steps", "max_len", "max_length", "timesteps")
_WORD = re.compile(r"[a-z]+")


def _leaf_name(value: Value) -> str | None:
    """The last name in a plain reference: `self.hidden_dim` -> hidden_dim, cfg['emb'] -> emb."""
    text = value.text.strip()
    subscript = re.fullmatch(r"[\w.]+\[\s*['\"](\w+)['\"]\s*\]", text)
    if subscript:
        return subscript.group(1)
    if not re.fullmatch(r"[A-Za-z_][\w.]*", text):
        return None
    return text.rsplit(".", 1)[-1]


def _words(name: str) -> set[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()
    return set(_WORD.findall(spaced))


def role(value: Value | None) -> str | None:
    """'hidden', 'input' or 'sequence' when a name says so unambiguously, else None."""
    if value is None:
        return None
    name = _leaf_name(value)
    if name is None:
        return None
    lowered = name.lower()
    words = _words(name)
    roles = set()
    if words & _HIDDEN:
        roles.add("hidden")
    if words & _INPUT:
        roles.add("input")
    if any(p in lowered for p in _SEQUENCE_PHRASES) or words & _SEQUENCE:
        roles.add("sequence")
    if {"out", "output", "outputs"} & words:
        return None
    return roles.pop() if len(roles) == 1 else None


def _sizes(record: CallRecord) -> tuple[Value | None, Value | None]:
    args = record.call.arguments
    return args.get("input_size"), args.get("hidden_size")


def _reads_hidden_on_purpose(record: CallRecord, others: tuple[CallRecord, ...]) -> bool:
    """A decoder: named so (`self.decoder`, `class Decoder`); or the same class builds the
    layer the other way round (an autoencoder's pair), or a layer whose hidden state feeds
    this one (stacked layers)."""
    named = f"{record.target or ''} {record.owner or ''}".lower()
    if "dec" in named:
        return True
    first, second = _sizes(record)
    for other in others:
        o_first, o_second = _sizes(other)
        if other is record or other.owner != record.owner or None in (o_first, o_second, first, second):
            continue
        if (o_first.text, o_second.text) == (second.text, first.text):  # type: ignore[union-attr]
            return True
        if o_second.text == first.text:  # type: ignore[union-attr]
            return True  # stacked: the other layer's hidden state feeds this one
    return False


def _flow_knows(record: CallRecord, facts: FileFacts) -> bool:
    return any(feed.record is not None and feed.record.location == record.location
               and feed.input is not None and feed.input.last is not None
               for feed in facts.feeds)


def check(record: CallRecord, facts: FileFacts = FileFacts()):
    first, second = _sizes(record)
    if first is None or _flow_knows(record, facts):
        return
    keyworded = "input_size" in record.call.keywords
    if role(first) == "hidden" and role(second) == "input" and not _reads_hidden_on_purpose(record, facts.calls):
        how = (f"input_size={first.text}, hidden_size={second.text}" if keyworded
               else f"nn.{record.constructor}({first.text}, {second.text}, ...)")
        yield RULE.finding(
            record,
            f"{how}: input_size and hidden_size look swapped. input_size is the number of "
            "features in each input step, hidden_size the size of the hidden state h. Fix: "
            f"nn.{record.constructor}({second.text}, {first.text}, ...), or add '# noqa: LC003' "
            "if this layer reads hidden-sized features on purpose (a decoder)",
            severity="warning",
            location=argument_location(record, "input_size", "hidden_size"),
            fix=_swap_fix(record),
        )
    elif role(first) == "sequence":
        yield RULE.finding(
            record,
            f"input_size={first.text} looks like a sequence length: input_size is the number "
            "of features in each time step, and the sequence length is never a constructor "
            f"argument. Fix: nn.{record.constructor}(n_features, hidden_size, ...)",
            severity="warning",
            location=first.location,
        )


def _swap_fix(record: CallRecord) -> Fix:
    first, second = _sizes(record)
    assert first is not None and second is not None
    edits = (argument_edit(record, "input_size", second.text.strip()),
             argument_edit(record, "hidden_size", first.text.strip()))
    shown = (f"input_size={second.text.strip()}, hidden_size={first.text.strip()}"
             if "input_size" in record.call.keywords else
             f"{second.text.strip()}, {first.text.strip()}"
             + (", ..." if len(record.call.arguments) > 2 else ""))
    return Fix(f"swap them: nn.{record.constructor}({shown})",
               tuple(e for e in edits if e is not None) if None not in edits else (), safe=False)


def check_feed(feed: Feed, facts: FileFacts = FileFacts()):
    case = swapped(feed)
    if case is None or feed.record is None or feed.input is None:
        return
    if case == "hidden" and (not explained_by_swap(feed.record, facts)
                             or not first_symptom(feed, facts)):
        return  # LC008 reports the input (and says why it is no swap)
    sizes = sizes_of(feed.record)
    tensor = feed.input
    ctor = f"nn.{feed.kind}"
    related = [meeting(feed, f"fed {tensor.last} features ({tensor.origin})")]
    if case == "sequence":
        message = (f"input_size={sizes.input_size} is the sequence length of {tensor.origin}, "
                   f"whose {tensor.last} features are the input_size: the sequence length is "
                   f"never a constructor argument")
        text = input_size_text(feed.record, tensor.last)  # type: ignore[arg-type]
        edit = argument_edit(feed.record, "input_size", text)
        fix = Fix(f"build {ctor} with input_size={text or tensor.last}",
                  (edit,) if edit is not None else (), safe=False)
        location = argument_location(feed.record, "input_size")
    else:
        explained = [o for o in observations(feed.record, facts)
                     if o.wrong and o.location != feed.location]
        message = (f"{ctor} is fed {tensor.last} features ({tensor.origin}), which is its "
                   f"hidden_size, not its input_size={sizes.input_size}: the sizes are swapped")
        if explained:
            message += (f"; swapping them also fits what fails at "
                        f"{lines_text([o.location for o in explained])}")
            related += [Related(feed.path, o.location, f"also fixed by the swap: {o.label}")
                        for o in explained]
        fix = _swap_fix(feed.record)
        location = argument_location(feed.record, "input_size", "hidden_size")
    yield RULE.feed_finding(feed, message, outcome=WRONG_FEATURES, location=location,
                            related=tuple(related), fix=fix,
                            assumed=assumptions(tensor.last, sizes.input_size, sizes.hidden_size))


RULE = Rule(
    code="LC003",
    name="swapped-sizes",
    severity="error or warning",
    summary="input_size and hidden_size look swapped, or input_size got the sequence length.",
    explanation=(
        "nn.LSTM(input_size, hidden_size): the first size is the features of each input step "
        "(the embedding size, the number of features), the second the size of the hidden "
        "state, which is also the output's feature size. Swapping them, or passing the "
        "sequence length as input_size, builds a layer that rejects the real input at the "
        "first forward pass. From names alone this is a warning (a decoder may read "
        "hidden-sized features on purpose); when the tensor that flows in shows it, an error, "
        "provided swapping both sizes also fits the layer's states and whatever reads its "
        "output (otherwise only input_size is wrong, and LC008 says so). Reported at the two "
        "sizes, with notes where the data meets them."
    ),
    wrong="lstm = nn.LSTM(hidden_dim, embedding_dim)",
    right="lstm = nn.LSTM(embedding_dim, hidden_dim)",
    valid=(
        "import torch.nn as nn\nnn.LSTM(embedding_dim, hidden_dim)",
        "import torch.nn as nn\nnn.LSTM(input_size=input_dim, hidden_size=hidden_dim)",
        "import torch.nn as nn\nnn.LSTM(hidden_dim, hidden_dim)",
        "import torch.nn as nn\nnn.LSTM(hidden_size * 2, output_size)",
        "import torch.nn as nn\nnn.LSTM(hidden_size=hidden_dim, input_size=input_dim)",
        "import torch.nn as nn\nencoder = nn.LSTM(input_size, hidden_size)\n"
        "decoder = nn.LSTM(hidden_size, input_size)",
        "import torch.nn as nn\nclass M(nn.Module):\n"
        "    def __init__(self, input_dim, hidden_dim):\n"
        "        super().__init__()\n"
        "        self.up = nn.Linear(input_dim, hidden_dim)\n"
        "        self.rnn = nn.LSTM(hidden_dim, input_dim)\n"
        "    def forward(self, x):\n"
        "        return self.rnn(self.up(x))\n",
    ),
    invalid=(
        "import torch.nn as nn\nnn.LSTM(hidden_dim, input_dim)",
        "import torch.nn as nn\nnn.LSTM(input_size=hidden_dim, hidden_size=embedding_dim)",
        "import torch.nn as nn\nnn.GRU(self.hidden_size, self.embed_size)",
        "import torch.nn as nn\nnn.LSTM(seq_len, hidden_size)",
        "import torch.nn as nn\nnn.LSTM(config['hidden_dim'], config['input_dim'])",
        "import torch\nimport torch.nn as nn\nlstm = nn.LSTM(20, 10)\n"
        "out, _ = lstm(torch.randn(5, 3, 10))",
        "import torch\nimport torch.nn as nn\nlstm = nn.LSTM(6, 8)\n"
        "out, _ = lstm(torch.randn(6, 2, 8))",
    ),
    check=check,
    check_feed=check_feed,
)
