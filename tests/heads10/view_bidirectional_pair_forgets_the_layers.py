"""A siamese encoder joins both directions of the LSTM's final state with
`h.transpose(0, 1).contiguous().view(B, 2 * H)`: right for one bidirectional layer, but the
encoder is built with num_layers=2, so the state has four rows per sample."""
import torch
import torch.nn as nn


class SiameseEncoder(nn.Module):
    def __init__(self, n_feat, hidden, n_layers=2):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=n_layers, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, hidden)

    def encode(self, seq):
        _, (h, _) = self.lstm(seq)
        batch = seq.size(1)
        both = h.transpose(0, 1).contiguous().view(batch, 2 * self.hidden)  # expect: LC007
        return self.proj(both)

    def forward(self, a, b):
        return torch.cosine_similarity(self.encode(a), self.encode(b))


def probe():
    enc = SiameseEncoder(n_feat=10, hidden=12)
    enc(torch.randn(7, 3, 10), torch.randn(5, 3, 10))
