"""Attention pooling over a BiLSTM: a learned query of size 2*hidden, scores by bmm, weighted
sum (B, 2*hidden) for the classifier."""
import torch
import torch.nn as nn


class AttnPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.query = nn.Parameter(torch.randn(dim))

    def forward(self, seq):
        q = self.query.expand(seq.size(0), -1).unsqueeze(2)     # (B, D, 1)
        w = torch.softmax(torch.bmm(seq, q).squeeze(2), dim=1)   # (B, T)
        return torch.bmm(w.unsqueeze(1), seq).squeeze(1)         # (B, D)


class Net(nn.Module):
    def __init__(self, emb_dim=16, hidden=24, n_classes=5):
        super().__init__()
        self.lstm = nn.LSTM(emb_dim, hidden, batch_first=True, bidirectional=True)
        self.pool = AttnPool(2 * hidden)
        self.cls = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.cls(self.pool(out))


def probe():
    result = Net()(torch.randn(3, 10, 16)).shape
    assert result == (3, 5)
