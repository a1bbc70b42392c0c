"""Conv and pool arithmetic (shapefns/spatial.py) against torch's meta kernels, and a CRNN's
conv stack carried to its LSTM (flow/spatial.py): LC008 reports an error exactly when torch
raises, and nothing when the stack's output fits."""

from __future__ import annotations

import pytest
import torch
import torch.nn as nn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmcheck.api import check_source
from lstmcheck.lint.shapefns import spatial
from lstmcheck.sizes import Size
from tests.torch_oracle import run_case


def _dims(shape):
    return tuple(Size.number(n) for n in shape)


def _torch_shape(module, shape):
    """torch's output shape on the CPU (small sizes; not every pooling has a meta kernel)."""
    try:
        return tuple(module(torch.zeros(shape)).shape)
    except RuntimeError:
        return None


@st.composite
def _windows(draw, n):
    kernel = tuple(draw(st.integers(1, 4)) for _ in range(n))
    stride = tuple(draw(st.integers(1, 3)) for _ in range(n))
    padding = tuple(draw(st.integers(0, k // 2)) for k in kernel)
    dilation = tuple(draw(st.integers(1, 2)) for _ in range(n))
    spatial_sizes = tuple(draw(st.integers(1, 12)) for _ in range(n))
    return kernel, stride, padding, dilation, spatial_sizes


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.sampled_from([1, 2, 3]), data=st.data(), batched=st.booleans())
def test_conv_as_torch(n, data, batched):
    kernel, stride, padding, dilation, sizes = data.draw(_windows(n))
    cls = {1: nn.Conv1d, 2: nn.Conv2d, 3: nn.Conv3d}[n]
    module = cls(3, 5, kernel, stride=stride, padding=padding, dilation=dilation)
    shape = ((2,) if batched else ()) + (3,) + sizes
    expected = _torch_shape(module, shape)
    got = spatial.conv(_dims(shape), n, Size.number(5), kernel, stride, padding, dilation)
    assert (None if got is None else tuple(d.value for d in got)) == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.sampled_from([1, 2, 3]), data=st.data(), ceil_mode=st.booleans(), average=st.booleans())
def test_pool_as_torch(n, data, ceil_mode, average):
    kernel, stride, padding, dilation, sizes = data.draw(_windows(n))
    if average:
        dilation = (1,) * n
        module = {1: nn.AvgPool1d, 2: nn.AvgPool2d, 3: nn.AvgPool3d}[n](kernel, stride, padding, ceil_mode=ceil_mode)
    else:
        module = {1: nn.MaxPool1d, 2: nn.MaxPool2d, 3: nn.MaxPool3d}[n](
            kernel, stride, padding, dilation=dilation, ceil_mode=ceil_mode)
    shape = (2, 3) + sizes
    expected = _torch_shape(module, shape)
    got = spatial.pool(_dims(shape), n, kernel, stride, padding, dilation, ceil_mode, average)
    assert (None if got is None else tuple(d.value for d in got)) == expected


def test_same_padding_keeps_the_sizes():
    out = nn.Conv2d(3, 4, (3, 4), padding="same")(torch.zeros(2, 3, 9, 7))
    got = spatial.conv(_dims((2, 3, 9, 7)), 2, Size.number(4), (3, 4), (1, 1), "same", (1, 1))
    assert tuple(d.value for d in got) == tuple(out.shape)


# A CRNN of the kind OCR and audio tutorials build: conv blocks, then the columns as steps.
CRNN = '''import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, hidden=32):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
            nn.MaxPool2d(2, 2),
            nn.Conv2d(16, CHANNELS, 3, 1, 1), nn.ReLU(),
            POOL,
        )
        self.rnn = nn.LSTM(INPUT, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden * 2, 10)

    def forward(self, x):
        x = self.cnn(x)
        b, c, h, w = x.size()
        x = x.permute(0, 3, 1, 2).reshape(b, w, c * h)
        out, _ = self.rnn(x)
        return self.fc(out)


def run():
    CRNN()(torch.randn(2, 1, HEIGHT, 60))
'''


@pytest.mark.parametrize("pool", ["nn.MaxPool2d((2, 1))", "nn.MaxPool2d(2, 2)", "nn.AvgPool2d(kernel_size=(4, 1), stride=(4, 1))",
                                  "nn.AdaptiveAvgPool2d((1, None))"])
@pytest.mark.parametrize("height", [32, 36])
@pytest.mark.parametrize("input_size", ["32 * 4", "32 * 8", "32"])
def test_crnn_stack_into_the_lstm(pool, height, input_size):
    source = CRNN.replace("POOL", pool).replace("HEIGHT", str(height)).replace("INPUT", input_size) \
        .replace("CHANNELS", "32")
    raised, _, _ = run_case(source)
    errors = [f for f in check_source(source, "crnn.py") if f.code == "LC008" and f.severity == "error"]
    assert bool(errors) == (raised is not None), (raised, [f.message for f in errors])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.sampled_from([1, 2]), data=st.data(), average=st.booleans())
def test_functional_pool_as_torch(n, data, average):
    from lstmcheck.lint.flow.spatial import functional_pool
    from lstmcheck.lint.flow.values import Tup
    from lstmcheck.records import Location, Tensor
    kernel, stride, padding, dilation, sizes = data.draw(_windows(n))
    shape = (2, 3) + sizes
    kind = "avg" if average else "max"
    keywords = {"stride": Tup(tuple(Size.number(s) for s in stride)), "padding": Size.number(padding[0])}
    padding = (padding[0],) * n
    if not average:
        keywords["dilation"] = Tup(tuple(Size.number(d) for d in dilation))
    function = getattr(torch.nn.functional, f"{kind}_pool{n}d")
    try:
        expected = tuple(function(torch.zeros(shape), kernel, stride=stride, padding=padding,
                                  **({} if average else {"dilation": dilation})).shape)
    except RuntimeError:
        expected = None
    at = Location(1, 1, 1, 2)
    got = functional_pool(f"torch.nn.functional.{kind}_pool{n}d",
                          [Tensor(_dims(shape), Size.number(sizes[-1]), "x", 1),
                           Tup(tuple(Size.number(k) for k in kernel))], keywords, at)
    assert (None if got is None else tuple(d.value for d in got.dims)) == expected


# DeepConvLSTM-style activity recognition: Conv1d blocks with functional pooling before the LSTM.
HAR = '''import torch
import torch.nn as nn
import torch.nn.functional as F

CHANNELS = 9
WINDOW = 40


class HAR(nn.Module):
    def __init__(self, n_hidden=32, n_filters=16, filter_size=5):
        super().__init__()
        self.conv1 = nn.Conv1d(CHANNELS, n_filters, filter_size)
        self.conv2 = nn.Conv1d(n_filters, n_filters, filter_size)
        self.lstm = nn.LSTM(INPUT, n_hidden, batch_first=True)

    def forward(self, x):
        x = x.view(-1, CHANNELS, WINDOW)
        x = F.relu(F.POOL(self.conv1(x), 2))
        x = F.relu(F.POOL(self.conv2(x), 2))
        x = x.view(x.size(0), 1, -1)
        out, _ = self.lstm(x)
        return out


def run():
    HAR()(torch.randn(4, CHANNELS, WINDOW))
'''


@pytest.mark.parametrize("pool", ["max_pool1d", "avg_pool1d"])
@pytest.mark.parametrize("input_size", ["n_filters * 7", "n_filters * 8", "n_filters * filter_size"])
def test_functional_pools_into_the_lstm(pool, input_size):
    source = HAR.replace("POOL", pool).replace("INPUT", input_size)
    raised, _, _ = run_case(source)
    errors = [f for f in check_source(source, "har.py") if f.code == "LC008" and f.severity == "error"]
    assert bool(errors) == (raised is not None), (raised, [f.message for f in errors])
