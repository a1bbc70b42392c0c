"""Tests on a tensor's rank decided where the walk knows it (flow/ranks.py): `if x.dim() == 2:
x = x.unsqueeze(0)` for unbatched inputs, and `0 if e.dim() == 1 else 1` choosing the dim a
speaker embedding's size is read from (Real-Time-Voice-Cloning's add_speaker_embedding). torch
runs each case; LC008 reports an error exactly when torch raises."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

UNBATCHED = '''import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(10, 12)
        self.lstm = nn.LSTM(INPUT, 16, batch_first=True)

    def forward(self, x):
        if x.dim() == 2:
            x = x.unsqueeze(0)
        x = torch.cat([self.proj(x), x], dim=2)
        out, _ = self.lstm(x)
        return out


def run():
    Tagger()(torch.randn(SHAPE))
'''


@pytest.mark.parametrize("shape", ["7, 10", "3, 7, 10"])
@pytest.mark.parametrize("input_size", [22, 12, 10])
def test_unbatched_input_made_batched(shape, input_size):
    source = UNBATCHED.replace("INPUT", str(input_size)).replace("SHAPE", shape)
    raised, _, _ = run_case(source)
    errors = [f for f in check_source(source, "tagger.py") if f.code == "LC008" and f.severity == "error"]
    assert bool(errors) == (raised is not None), (raised, [f.message for f in errors])


SPEAKER = '''import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, dims, speaker):
        super().__init__()
        self.rnn = nn.GRU(INPUT, dims, batch_first=True)

    def forward(self, x, speaker_embedding):
        batch_size, num_chars = x.size()[0], x.size()[1]
        idx = 0 if speaker_embedding.dim() == 1 else 1
        speaker_embedding_size = speaker_embedding.size()[idx]
        e = speaker_embedding.repeat_interleave(num_chars, dim=idx)
        e = e.reshape(batch_size, speaker_embedding_size, num_chars).transpose(1, 2)
        out, _ = self.rnn(torch.cat((x, e), 2))
        return out


def run():
    Encoder(8, 6)(torch.randn(2, 5, 4), torch.randn(2, 6))
'''


@pytest.mark.parametrize("input_size", ["dims", "4 + speaker", "4", "10"])
def test_dim_read_from_a_chosen_axis(input_size):
    source = SPEAKER.replace("INPUT", input_size)
    raised, _, _ = run_case(source)
    errors = [f for f in check_source(source, "speaker.py") if f.code == "LC008" and f.severity == "error"]
    assert bool(errors) == (raised is not None), (raised, [f.message for f in errors])
