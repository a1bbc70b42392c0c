"""The training script of p8_factory: an encoder and a tagger built by `layers.build_rnn`
with different options, each head from the width its call returned."""
import torch
import torch.nn as nn
from layers import build_rnn


class Tagger(nn.Module):
    def __init__(self, n_in, n_tags):
        super().__init__()
        self.encoder, enc_width = build_rnn("lstm", n_in, 16, layers=2, bidirectional=True)
        self.refiner, ref_width = build_rnn("gru", enc_width, 8)
        self.out = nn.Linear(ref_width, n_tags)

    def forward(self, x):
        x, _ = self.encoder(x)
        x, _ = self.refiner(x)
        return self.out(x)


def probe():
    assert Tagger(6, 5)(torch.randn(2, 7, 6)).shape == (2, 7, 5)
