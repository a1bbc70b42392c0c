"""A decoder step: the embedded token (B, E) joined with a context (B, C) on dim 1, unsqueezed
to one seq-first step (1, B, E + C) for a GRU with (1, B, H) states."""
import torch
import torch.nn as nn


class StepDecoder(nn.Module):
    def __init__(self, vocab, emb, ctx, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb + ctx, hidden)

    def forward(self, token, context, h):
        x = torch.cat([self.embed(token), context], dim=1).unsqueeze(0)
        out, h = self.rnn(x, h)
        return out.squeeze(0), h


dec = StepDecoder(10, 4, 6, 5)
out, h = dec(torch.tensor([1, 2]), torch.randn(2, 6), torch.zeros(1, 2, 5))


def probe():
    assert out.shape == (2, 5) and h.shape == (1, 2, 5)
