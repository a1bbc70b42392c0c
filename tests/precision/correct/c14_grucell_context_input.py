"""GRUCell decoder whose input is the token embedding joined with a context vector."""
import torch
from torch import nn


class ContextDecoder(nn.Module):
    def __init__(self, vocab, emb_dim, ctx_dim, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.init_h = nn.Linear(ctx_dim, hidden)
        self.cell = nn.GRUCell(emb_dim + ctx_dim, hidden)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, context, targets):
        h = torch.tanh(self.init_h(context))
        logits = []
        for t in range(targets.size(1)):
            step_in = torch.cat([self.embedding(targets[:, t]), context], dim=1)
            h = self.cell(step_in, h)
            logits.append(self.proj(h))
        return torch.stack(logits, 1)


def probe():
    dec = ContextDecoder(vocab=30, emb_dim=5, ctx_dim=7, hidden=11)
    assert dec(torch.randn(2, 7), torch.randint(0, 30, (2, 4))).shape == (2, 4, 30)
