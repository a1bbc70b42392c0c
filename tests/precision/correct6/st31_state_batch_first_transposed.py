"""An initial state kept batch-first (B, layers, H) by a memory module and transposed for the GRU."""
import torch
import torch.nn as nn


class Memory(nn.Module):
    def __init__(self, n_ctx, layers, hidden):
        super().__init__()
        self.proj = nn.Linear(n_ctx, layers * hidden)
        self.layers, self.hidden = layers, hidden

    def forward(self, ctx):                      # (B, n_ctx) -> (B, layers, H)
        return torch.tanh(self.proj(ctx)).view(ctx.size(0), self.layers, self.hidden)


class Decoder(nn.Module):
    def __init__(self, n_ctx=10, n_in=4, hidden=6, layers=2):
        super().__init__()
        self.memory = Memory(n_ctx, layers, hidden)
        self.rnn = nn.GRU(n_in, hidden, layers, batch_first=True)

    def forward(self, ctx, y):
        h0 = self.memory(ctx).transpose(0, 1).contiguous()
        return self.rnn(y, h0)[0]


def probe():
    out = Decoder()(torch.randn(3, 10), torch.randn(3, 5, 4))
    assert out.shape == (3, 5, 6)
