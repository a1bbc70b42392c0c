"""A shape an object keeps as a list or tuple (`self.noise_shape = noise_shape`, the site
passing `[batch, window, n_columns]`) makes a tensor of known dims in `torch.randn(self.shape)`
(Guillem96/madgan-pytorch#3: noise drawn with the data's column count for a generator built
for the latent size). torch is the oracle: each model runs on the data the file makes."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source

NOISE = '''import torch
import torch.nn as nn

LATENT_SPACE_DIM = 32


class Generator(nn.Module):
    def __init__(self, latent_space_dim, hidden_units, output_dim):
        super().__init__()
        self.lstm = nn.LSTM(input_size=latent_space_dim, hidden_size=hidden_units, batch_first=True)
        self.linear = nn.Linear(hidden_units, output_dim)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.linear(out)


class LatentSpaceIterator:
    def __init__(self, noise_shape):
        self.noise_shape = noise_shape

    def __iter__(self):
        return self

    def __next__(self):
        return torch.randn(self.noise_shape)


def probe():
    latent_space = LatentSpaceIterator(noise_shape=[8, 12, {features}])
    generator = Generator(LATENT_SPACE_DIM, 16, 4)
    return generator(next(latent_space))
'''

KEPT_TUPLE = '''import torch
import torch.nn as nn


class Probe(nn.Module):
    def __init__(self):
        super().__init__()
        self.shape = (2, 5, {features})
        self.rnn = nn.GRU(3, 8, batch_first=True)

    def forward(self):
        return self.rnn(torch.zeros(self.shape))


def probe():
    return Probe()()
'''


def torch_raises(source: str) -> bool:
    namespace: dict = {}
    exec(compile(source, "model.py", "exec"), namespace)
    try:
        namespace["probe"]()
    except RuntimeError:
        return True
    return False


@pytest.mark.parametrize("template, features, wrong", [
    (NOISE, 4, True), (NOISE, 32, False), (KEPT_TUPLE, 4, True), (KEPT_TUPLE, 3, False),
], ids=["noise-columns", "noise-latent", "tuple-wrong", "tuple-right"])
def test_a_kept_shape_makes_a_tensor_of_known_dims(template, features, wrong):
    source = template.format(features=features)
    assert torch_raises(source) is wrong
    found = [f for f in check_source(source, "model.py") if f.code == "LC008"]
    assert bool(found) is wrong
    assert all(f.severity == "error" for f in found)
