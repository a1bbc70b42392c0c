"""A module-level bridge mapped over the (h, c) pair with `tuple(map(...))`: forward and
backward final states of every layer joined for a decoder of twice the width."""
import torch
import torch.nn as nn


def join_directions(state):
    layers2, batch, hidden = state.shape
    return state.view(layers2 // 2, 2, batch, hidden).transpose(1, 2).reshape(layers2 // 2, batch, 2 * hidden)


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, layers, bidirectional=True)
        self.decoder = nn.LSTM(n_in, 2 * hidden, layers)

    def forward(self, src, tgt):
        _, state = self.encoder(src)
        out, _ = self.decoder(tgt, tuple(map(join_directions, state)))
        return out


def probe():
    model = Model(3, 5, 2)
    src = torch.randn(6, 4, 3)
    _, (h, _) = model.encoder(src)
    joined = join_directions(h)
    assert torch.equal(joined, torch.cat([h[0::2], h[1::2]], 2))
    assert model(src, torch.randn(2, 4, 3)).shape == (2, 4, 10)
