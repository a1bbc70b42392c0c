"""Additive attention pooling over a BiLSTM's outputs: scores from Linear(2H, A) -> tanh ->
Linear(A, 1), softmax over time, the weighted sum is 2H wide, as the classifier says."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class AttnPool(nn.Module):
    def __init__(self, dim, attn_dim):
        super().__init__()
        self.proj = nn.Linear(dim, attn_dim)
        self.score = nn.Linear(attn_dim, 1, bias=False)

    def forward(self, h, mask):
        e = self.score(torch.tanh(self.proj(h))).squeeze(-1)
        a = F.softmax(e.masked_fill(~mask, -1e9), dim=1)
        return torch.bmm(a.unsqueeze(1), h).squeeze(1)


class HAN(nn.Module):
    def __init__(self, vocab, emb, hidden, n_classes):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.rnn = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.pool = AttnPool(2 * hidden, 24)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, tokens):
        out, _ = self.rnn(self.emb(tokens))
        return self.fc(self.pool(out, tokens != 0))


def probe():
    tokens = torch.randint(1, 60, (3, 10))
    tokens[0, 7:] = 0
    assert HAN(60, 12, 9, 4)(tokens).shape == (3, 4)
