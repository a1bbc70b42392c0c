"""An input of a rank the layer does not take (a CNN's 4-D map into an LSTM, a whole sequence
into a cell) is reported as a reshape to make, not as a feature size to change. Each case's
probe() runs under torch, which must fail exactly where the case is marked."""

from __future__ import annotations

import pytest

from tests.marked_cases import assert_linter_agrees, assert_torch_agrees, expected_mark
from lstmcheck.lint.engine import check_source

CASES: dict[str, str] = {}

CASES["feature_map_into_lstm"] = '''
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.conv = nn.Conv2d(1, 16, 3, padding=1)
        self.rnn = nn.LSTM(16, 32, batch_first=True)
        self.fc = nn.Linear(32, classes)

    def forward(self, images):
        features = torch.relu(self.conv(images))
        out, _ = self.rnn(features)  # expect: LC008 error
        return self.fc(out[:, -1])


def probe():
    CRNN()(torch.randn(2, 1, 8, 20))
'''

CASES["feature_map_folded_first"] = '''
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.conv = nn.Conv2d(1, 16, 3, padding=1)
        self.rnn = nn.LSTM(16 * 8, 32, batch_first=True)
        self.fc = nn.Linear(32, classes)

    def forward(self, images):
        features = torch.relu(self.conv(images))
        sequence = features.permute(0, 3, 1, 2).flatten(2)
        out, _ = self.rnn(sequence)
        return self.fc(out[:, -1])


def probe():
    CRNN()(torch.randn(2, 1, 8, 20))
'''

CASES["whole_sequence_into_a_cell"] = '''
import torch
import torch.nn as nn


class Stepper(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(6, 12)

    def forward(self, x):
        h = torch.zeros(x.size(1), 12)
        h = self.cell(x, h)  # expect: LC008 error
        return h


def probe():
    Stepper()(torch.randn(5, 3, 6))
'''

CASES["sequence_stepped_through_a_cell"] = '''
import torch
import torch.nn as nn


class Stepper(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(6, 12)

    def forward(self, x):
        h = torch.zeros(x.size(1), 12)
        for t in range(x.size(0)):
            h = self.cell(x[t], h)
        return h


def probe():
    Stepper()(torch.randn(5, 3, 6))
'''

CASES["video_frames_into_gru"] = '''
import torch
import torch.nn as nn

gru = nn.GRU(64, 32, batch_first=True)


def encode(frames):
    out, h = gru(frames)  # expect: LC008 error
    return h


def probe():
    encode(torch.randn(4, 10, 8, 8))
'''

CASES["video_frames_flattened"] = '''
import torch
import torch.nn as nn

gru = nn.GRU(64, 32, batch_first=True)


def encode(frames):
    out, h = gru(frames.flatten(2))
    return h


def probe():
    encode(torch.randn(4, 10, 8, 8))
'''


# `gen(word, one_hot_input=True)`: the literal flag decides forward's `if`, so the one-hot
# branch's 3-D input is what the LSTM gets, not the embedding branch's 4-D one (the walk once
# took the keyword's True for an unknown value)
CASES["flag_passed_by_keyword_decides_the_branch"] = '''
import torch
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.rnn = nn.LSTM(8, 16)

    def forward(self, word, hidden=None, one_hot_input=False):
        if one_hot_input:
            x = torch.matmul(word, self.emb.weight).unsqueeze(0)
        else:
            x = self.emb(word).unsqueeze(0)
        return self.rnn(x, hidden)


def sample(gen, batch=128):
    word = torch.zeros((batch, 30))
    word[:, 0] = 1
    hidden = None
    for step in range(3):
        output, hidden = gen(word, hidden, one_hot_input=True)
        word = torch.softmax(output.squeeze(0) @ torch.randn(16, 30), dim=-1)


def probe():
    sample(Generator())
'''

@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    assert_torch_agrees(CASES[name], "input_rank_case", errors=(ValueError, RuntimeError))


@pytest.mark.parametrize("name", sorted(CASES))
def test_linter_reports_the_marked_rule_at_its_line(name: str) -> None:
    assert_linter_agrees(name, CASES[name])


def test_the_message_asks_for_a_reshape_not_another_input_size() -> None:
    finding = next(f for f in check_source(CASES["feature_map_into_lstm"].encode(), "m.py").findings
                   if f.code == "LC008")
    assert "is 4-D, (2, 16, 8, 20)" in finding.message
    assert '"LSTM: Expected input to be 2D or 3D, got 4D instead"' in finding.message
    assert "input_size=20" not in finding.message and not finding.fix.edits
    assert finding.location.line == expected_mark(CASES["feature_map_into_lstm"]).line
    assert [r.location.line for r in finding.related] == [14]


def test_torch_words_it_as_the_message_quotes() -> None:
    torch = pytest.importorskip("torch")
    with pytest.raises(ValueError, match="Expected input to be 2D or 3D, got 4D instead"):
        torch.nn.LSTM(16, 32)(torch.randn(2, 16, 8, 20))
    with pytest.raises(ValueError, match="Expected input to be 1D or 2D, got 3D instead"):
        torch.nn.GRUCell(6, 12)(torch.randn(5, 3, 6))
