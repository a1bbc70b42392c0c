"""An Embedding made with a placeholder width whose weight is replaced by 300-d vectors: its output
is 300 wide, and the LSTM is built for the vectors' width."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, vocab, vectors, hidden=8):
        super().__init__()
        self.embedding = nn.Embedding(vocab, 100)
        self.embedding.weight = nn.Parameter(vectors)
        self.lstm = nn.LSTM(vectors.size(1), hidden, batch_first=True)

    def forward(self, x):
        return self.lstm(self.embedding(x))[0]


def probe():
    out = Model(20, torch.randn(20, 300))(torch.randint(0, 20, (2, 4)))
    assert out.shape == (2, 4, 8)
