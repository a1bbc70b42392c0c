"""`repeat_interleave` (shapefns/views.py) against torch's meta kernel, and `nn.Flatten` in a conv
stack (flow/spatial.py) against torch running the model."""

from __future__ import annotations

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmcheck.api import check_source
from lstmcheck.lint.shapefns import views
from lstmcheck.sizes import Size
from tests.torch_oracle import run_case


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(shape=st.lists(st.integers(1, 5), min_size=1, max_size=4).map(tuple), times=st.integers(0, 3),
       data=st.data())
def test_repeat_interleave_as_torch(shape, times, data):
    dim = data.draw(st.one_of(st.none(), st.integers(-len(shape), len(shape) - 1)))
    expected = tuple(torch.empty(shape, device="meta").repeat_interleave(times, dim=dim).shape)
    got = views.repeat_interleave(tuple(Size.number(n) for n in shape), Size.number(times), dim)
    assert got is not None and tuple(d.value for d in got) == expected


FLATTENED = '''import torch
import torch.nn as nn


class Frames(nn.Module):
    def __init__(self):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(3, 8, 3, stride=2), nn.ReLU(), nn.AdaptiveAvgPool2d((4, 4)),
                                 nn.Flatten())
        self.lstm = nn.LSTM(INPUT, 32, batch_first=True)

    def forward(self, video):
        b, t, c, h, w = video.size()
        feats = self.cnn(video.view(b * t, c, h, w))
        out, _ = self.lstm(feats.view(b, t, -1))
        return out


def run():
    Frames()(torch.randn(2, 5, 3, 24, 24))
'''


@pytest.mark.parametrize("input_size", ["8 * 4 * 4", "8 * 11 * 11", "8"])
def test_frames_flattened_into_the_lstm(input_size):
    source = FLATTENED.replace("INPUT", input_size)
    raised, _, _ = run_case(source)
    errors = [f for f in check_source(source, "frames.py") if f.code == "LC008" and f.severity == "error"]
    assert bool(errors) == (raised is not None), (raised, [f.message for f in errors])
