"""TBPTT: the state is kept on self across batches and detached; batches come from a fixed-width
batchify, so every batch has the same size."""
import torch
import torch.nn as nn


def batchify(data, bsz):
    nbatch = data.size(0) // bsz
    return data[: nbatch * bsz].view(bsz, -1, data.size(-1)).transpose(0, 1).contiguous()


class StatefulModel(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden)
        self.state = None

    def forward(self, x):
        if self.state is not None:
            self.state = tuple(s.detach() for s in self.state)
        out, self.state = self.rnn(x, self.state)
        return out


def probe():
    data = batchify(torch.randn(103, 3), 4)      # (25, 4, 3)
    model = StatefulModel()
    for i in range(0, data.size(0) - 1, 5):
        out = model(data[i:i + 5])
    assert out.shape[1:] == (4, 6)
