"""nn.MultiheadAttention over a BiLSTM's output with embed_dim = 2 * hidden."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=8, hidden=16, heads=4):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, bidirectional=True, batch_first=True)
        self.attn = nn.MultiheadAttention(2 * hidden, heads, batch_first=True)
        self.norm = nn.LayerNorm(2 * hidden)

    def forward(self, x):
        out, _ = self.rnn(x)
        a, _ = self.attn(out, out, out)
        return self.norm(out + a)


def probe():
    out = Encoder()(torch.randn(2, 5, 8))
    assert out.shape == (2, 5, 32)
