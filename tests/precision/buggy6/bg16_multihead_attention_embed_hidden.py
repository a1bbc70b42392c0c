# expect: LC007 line 11
"""nn.MultiheadAttention over a BiLSTM's output with embed_dim = hidden."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=8, hidden=16, heads=4):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, bidirectional=True, batch_first=True)
        self.attn = nn.MultiheadAttention(hidden, heads, batch_first=True)  # fix: 2 * hidden

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.attn(out, out, out)[0]


def probe():
    Encoder()(torch.randn(2, 5, 8))
