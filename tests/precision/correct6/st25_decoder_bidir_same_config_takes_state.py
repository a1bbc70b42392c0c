"""A bidirectional encoder's state handed to a decoder that is itself bidirectional with the same
layers and hidden size: the shapes agree."""
import torch
import torch.nn as nn

OPTS = {"hidden_size": 8, "num_layers": 2, "bidirectional": True, "batch_first": True}


class Model(nn.Module):
    def __init__(self, n_in=5):
        super().__init__()
        self.encoder = nn.LSTM(n_in, **OPTS)
        self.decoder = nn.LSTM(n_in, **OPTS)

    def forward(self, src, tgt):
        _, state = self.encoder(src)
        return self.decoder(tgt, state)[0]


def probe():
    out = Model()(torch.randn(2, 6, 5), torch.randn(2, 3, 5))
    assert out.shape == (2, 3, 16)
