"""The last layer's two directions viewed as two rows per sample and pooled by an attention over
them: the pooled vector has H features, and the head takes H."""
import torch
import torch.nn as nn


class DirectionAttention(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.query = nn.Parameter(torch.randn(hidden))
        self.head = nn.Linear(hidden, 3)
        self.layers, self.hidden = layers, hidden

    def forward(self, x):
        _, h = self.rnn(x)
        batch = x.size(1)
        dirs = h.view(self.layers, 2, batch, self.hidden)[-1].transpose(0, 1)  # (B, 2, H)
        scores = torch.softmax(dirs @ self.query, dim=1)  # (B, 2)
        pooled = torch.bmm(scores.unsqueeze(1), dirs).squeeze(1)  # (B, H)
        return self.head(pooled)


def probe():
    assert DirectionAttention(4, 6, 2)(torch.randn(5, 3, 4)).shape == (3, 3)
