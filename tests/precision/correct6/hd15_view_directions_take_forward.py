"""A BiLSTM's output viewed (B, T, 2, H) and the forward direction taken: the head takes H."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=6, hidden=9):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        b, t, _ = out.shape
        forward_only = out.view(b, t, 2, self.hidden)[:, :, 0]
        return self.head(forward_only)


def probe():
    out = Model()(torch.randn(3, 4, 6))
    assert out.shape == (3, 4, 2)
