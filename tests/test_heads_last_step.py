"""The last step taken from the wrong dim of a recurrent output (LC007, lint/rules/last_step.py).

Real reports of the pattern, each rebuilt small with the author's structure:
- yunjey/pytorch-tutorial#89 and #196: the tutorial's MNIST LSTM with batch_first=True deleted
  (#89) or set to False (#196) and the data and states "changed respectively" to (seq, batch,
  features), `h0 = torch.zeros(layers, x.size(1), H)`, while the head still reads
  `out[:, -1, :]`: accuracy falls to 11% (the last image of the batch at every row step);
- pytorch/pytorch#1538 (same tutorial family, batch_first commented out, states from
  `x.size(1)`): different results with and without batch_first;
- the blog post behind tests/realbugs/bug_118 (`out[:, -1, :]` of a sequence-first
  bidirectional LSTM; its layer leaves batch_first to the default and nothing in the model
  says how its data is laid out, so it stays silent, as ok_016 must);
- the mirror, `out[-1]` under batch_first=True (the last sample's every step), which the same
  tutorials' readers write when they move the other way.
torch is the oracle: each buggy model's indexed tensor has seq_len rows, not batch rows, and
each correct one's has batch rows.
"""

from __future__ import annotations

import textwrap

import pytest
import torch

from lstmcheck.lint.engine import check_source

SEQ, BATCH, FEATURES = 7, 3, 5  # distinct, so rows tell the batch from the steps

# (source, model call, expected finding line or None); the model's `last` attribute is the
# tensor taken from the output, which torch's run shows for what it is.
TUTORIAL_SEQ_FIRST = """
import torch
import torch.nn as nn


class RNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, num_classes):
        super(RNN, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(1), self.hidden_size)
        c0 = torch.zeros(self.num_layers, x.size(1), self.hidden_size)
        out, _ = self.lstm(x, (h0, c0))
        self.last = out[:, -1, :]
        return self.fc(self.last)
"""

TUTORIAL_FALSE_WRITTEN = """
import torch
import torch.nn as nn


class RNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, num_classes):
        super(RNN, self).__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=False)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        self.last = out[:, -1, :]
        return self.fc(self.last)
"""

BATCH_FIRST_LAST_ROW = """
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden_size, num_classes)

    def forward(self, x):
        out, h_n = self.gru(x)
        self.last = out[-1]
        return self.fc(self.last)


logits = Classifier(5, 8, 4)(torch.randn(16, 7, 5))  # a batch of 16: batch_first applies
"""

BATCH_FIRST_THREE_INDICES = BATCH_FIRST_LAST_ROW.replace("out[-1]", "out[-1, :, :]")

# The look-alikes: every one takes the last step (or cannot be told from the code).
DEFAULT_LAYOUT_UNSAID = """
import torch
import torch.nn as nn


class TextRNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes):
        super().__init__()
        self.rnn = nn.GRU(input_size, hidden_size, num_layers=2, bidirectional=True)
        self.fc = nn.Linear(2 * hidden_size, num_classes)

    def forward(self, x):
        x, _ = self.rnn(x)
        self.last = x[:, -1, :]
        return self.fc(self.last)
"""

BATCH_FIRST_RIGHT = BATCH_FIRST_LAST_ROW.replace("out[-1]", "out[:, -1, :]")
SEQ_FIRST_RIGHT = TUTORIAL_SEQ_FIRST.replace("out[:, -1, :]", "out[-1]")
FINAL_STATE = BATCH_FIRST_LAST_ROW.replace("out[-1]", "h_n[-1]").replace("2 * hidden_size", "hidden_size")
PERMUTED = TUTORIAL_SEQ_FIRST.replace("out[:, -1, :]", "out.permute(1, 0, 2)[:, -1, :]")
PADDED = """
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Packed(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=False)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        lengths = torch.full((x.size(1),), x.size(0))
        packed = pack_padded_sequence(x.transpose(0, 1), lengths, batch_first=True)
        out, _ = self.lstm(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        self.last = out[:, -1, :]
        return self.fc(self.last)
"""
BATCHED_BY_SWITCH = """
import torch
import torch.nn as nn


class Switch(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes, batch_first):
        super().__init__()
        self.batch_first = batch_first
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=batch_first)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        if self.batch_first:
            self.last = out[:, -1, :]
        else:
            self.last = out[-1]
        return self.fc(self.last)
"""

# name: (source, class, constructor keywords, batch_first of the data, line of the finding,
# severity)
CASES = {
    "tutorial states from x.size(1)": (TUTORIAL_SEQ_FIRST, "RNN",
                                       dict(input_size=FEATURES, hidden_size=8, num_layers=2,
                                            num_classes=4), False, 17, "warning"),
    "batch_first=False written": (TUTORIAL_FALSE_WRITTEN, "RNN",
                                  dict(input_size=FEATURES, hidden_size=8, num_layers=1,
                                       num_classes=4), False, 14, "warning"),
    "out[-1] under batch_first": (BATCH_FIRST_LAST_ROW, "Classifier",
                                  dict(input_size=FEATURES, hidden_size=8, num_classes=4), True,
                                  14, "warning"),
    "out[-1, :, :] under batch_first": (BATCH_FIRST_THREE_INDICES, "Classifier",
                                        dict(input_size=FEATURES, hidden_size=8, num_classes=4),
                                        True, 14, "warning"),
    "layout unsaid (ok_016)": (DEFAULT_LAYOUT_UNSAID, "TextRNN",
                               dict(input_size=FEATURES, hidden_size=8, num_classes=4), None,
                               None, None),
    "out[:, -1, :] under batch_first": (BATCH_FIRST_RIGHT, "Classifier",
                                        dict(input_size=FEATURES, hidden_size=8, num_classes=4),
                                        True, None, None),
    "out[-1] of a sequence-first output": (SEQ_FIRST_RIGHT, "RNN",
                                           dict(input_size=FEATURES, hidden_size=8, num_layers=2,
                                                num_classes=4), False, None, None),
    "h_n[-1] under batch_first": (FINAL_STATE, "Classifier",
                                  dict(input_size=FEATURES, hidden_size=8, num_classes=4), True,
                                  None, None),
    "permuted first": (PERMUTED, "RNN", dict(input_size=FEATURES, hidden_size=8, num_layers=2,
                                             num_classes=4), False, None, None),
    "padded batch-first": (PADDED, "Packed", dict(input_size=FEATURES, hidden_size=8,
                                                  num_classes=4), False, None, None),
    "an if on the flag": (BATCHED_BY_SWITCH, "Switch", dict(input_size=FEATURES, hidden_size=8,
                                                            num_classes=4, batch_first=True),
                          True, None, None),
}


def _run(source: str, name: str, kwargs: dict, batch_first: bool | None) -> torch.Size:
    namespace: dict = {}
    exec(compile(textwrap.dedent(source), "<case>", "exec"), namespace)  # our own test source
    model = namespace[name](**kwargs)
    shape = (BATCH, SEQ, FEATURES) if batch_first else (SEQ, BATCH, FEATURES)
    model(torch.randn(*shape))
    return model.last.shape


def _findings(source: str):
    result = check_source(textwrap.dedent(source).encode(), "case.py")
    return [f for f in result.findings if f.code == "LC007"]


@pytest.mark.parametrize("case", list(CASES))
def test_last_step_taken_from_its_dim(case):
    source, name, kwargs, batch_first, line, severity = CASES[case]
    findings = _findings(source)
    if batch_first is not None:  # torch: the rows the index leaves are the steps or the batch
        rows = _run(source, name, kwargs, batch_first)[0]
        assert rows == (SEQ if line is not None else BATCH), case
    if line is None:
        assert findings == [], [f.message for f in findings]
        return
    at = next(k for k, text in enumerate(textwrap.dedent(source).splitlines(), 1) if "self.last =" in text)
    assert [(f.location.line, f.severity) for f in findings] == [(at, severity)]
    finding = findings[0]
    assert "the last step is" in finding.message
    assert finding.fix is not None and finding.fix.edits


@pytest.mark.parametrize("case", ["tutorial states from x.size(1)", "out[-1, :, :] under batch_first"])
def test_the_fix_takes_the_last_step(case):
    """torch: the edit's index gives one row per sample, the last step's."""
    source, name, kwargs, batch_first, line, _ = CASES[case]
    finding = _findings(source)[0]
    edit = finding.fix.edits[0]
    lines = textwrap.dedent(source).splitlines()
    text = lines[edit.location.line - 1]
    fixed_line = text[:edit.location.column - 1] + edit.text + text[edit.location.end_column - 1:]
    fixed = "\n".join(lines[:edit.location.line - 1] + [fixed_line] + lines[edit.location.line:])
    assert _run(fixed, name, kwargs, batch_first)[0] == BATCH
    assert _findings(fixed) == []


# Look-alikes of the review: out[-1] of a batch-first layer that IS the last step, or meant.
UNPACKED_SEQUENCE_FIRST = """
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm = nn.LSTM(4, 6, batch_first=True)
fc = nn.Linear(6, 2)


def encode(x, lengths):
    out, _ = lstm(pack_padded_sequence(x, lengths, batch_first=True))
    out, _ = pad_packed_sequence(out)  # sequence-first unless told: (L, B, H)
    return fc(out[-1])


result = encode(torch.randn(3, 5, 4), torch.tensor([5, 5, 5]))
"""

UNBATCHED_SEQUENCE = """
import torch
import torch.nn as nn

lstm = nn.LSTM(4, 6, batch_first=True)
head = nn.Linear(6, 3)


def classify(seq):  # one sequence (L, 4): batch_first does not apply
    out, _ = lstm(seq)
    return head(out[-1])


result = classify(torch.randn(8, 4))
"""

KEPT_NOT_READ = """
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 4, batch_first=True)


def activations_of_last_sample(x):
    out, _ = lstm(x)
    return out[-1].detach().t()  # (H, L) for a heat map


result = activations_of_last_sample(torch.randn(5, 9, 3))
"""


@pytest.mark.parametrize("source", [UNPACKED_SEQUENCE_FIRST, UNBATCHED_SEQUENCE, KEPT_NOT_READ],
                         ids=["pad_packed_sequence's own layout", "an unbatched sequence",
                              "kept, not read as rows"])
def test_out_minus_one_that_is_meant_stays_silent(source):
    exec(compile(source, "<look-alike>", "exec"), {})  # torch runs it as written
    assert not [f for f in _findings(source) if f.code == "LC007"]
