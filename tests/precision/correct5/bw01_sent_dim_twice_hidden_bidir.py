"""self.sent_dim = 2 * hidden for a bidirectional encoder; the classifier uses sent_dim."""
import torch
import torch.nn as nn


class SentenceEncoder(nn.Module):
    def __init__(self, emb_dim, hidden):
        super().__init__()
        self.rnn = nn.LSTM(emb_dim, hidden, batch_first=True, bidirectional=True)
        self.sent_dim = 2 * hidden

    def forward(self, x):
        out, _ = self.rnn(x)
        return out.max(dim=1).values


class NLIModel(nn.Module):
    def __init__(self, emb_dim=6, hidden=5, classes=3):
        super().__init__()
        self.encoder = SentenceEncoder(emb_dim, hidden)
        self.classifier = nn.Linear(4 * self.encoder.sent_dim, classes)

    def forward(self, a, b):
        u, v = self.encoder(a), self.encoder(b)
        return self.classifier(torch.cat([u, v, (u - v).abs(), u * v], 1))


def probe():
    assert NLIModel()(torch.randn(2, 4, 6), torch.randn(2, 7, 6)).shape == (2, 3)
