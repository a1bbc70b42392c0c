"""Each part of a bidirectional encoder's (h, c) merged per layer into a list by a module
function with a `(tuple, list)` test; the decoder is built 2H wide to take it."""
import torch
import torch.nn as nn


def merge_directions(state):
    if isinstance(state, (tuple, list)):
        return [torch.cat([s[0::2], s[1::2]], dim=2) for s in state]
    return torch.cat([state[0::2], state[1::2]], dim=2)


class Seq2Seq(nn.Module):
    def __init__(self, emb, hidden, layers, cell="LSTM"):
        super().__init__()
        rnn = getattr(nn, cell)
        self.encoder = rnn(emb, hidden, layers, bidirectional=True)
        self.decoder = rnn(emb, 2 * hidden, layers)

    def forward(self, src, tgt):
        _, state = self.encoder(src)
        state = merge_directions(state)
        if isinstance(state, list):
            state = tuple(state)
        return self.decoder(tgt, state)[0]


def probe():
    for cell in ("LSTM", "GRU"):
        out = Seq2Seq(6, 8, 2, cell)(torch.randn(7, 3, 6), torch.randn(4, 3, 6))
        assert out.shape == (4, 3, 16)
