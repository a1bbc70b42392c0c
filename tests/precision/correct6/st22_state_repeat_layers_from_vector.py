"""A context vector (B, H) made the initial state of every decoder layer with unsqueeze + repeat."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, n_ctx=12, n_in=4, hidden=10, layers=3):
        super().__init__()
        self.init = nn.Linear(n_ctx, hidden)
        self.rnn = nn.GRU(n_in, hidden, layers, batch_first=True)
        self.layers = layers

    def forward(self, ctx, y):
        h0 = torch.tanh(self.init(ctx)).unsqueeze(0).repeat(self.layers, 1, 1)
        return self.rnn(y, h0.contiguous())[0]


def probe():
    out = Decoder()(torch.randn(2, 12), torch.randn(2, 5, 4))
    assert out.shape == (2, 5, 10)
