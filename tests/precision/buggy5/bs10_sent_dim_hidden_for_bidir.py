# expect: LC007 line 11
"""self.sent_dim = hidden for a bidirectional encoder whose max-pooled output has 2*hidden."""
import torch
import torch.nn as nn


class SentenceEncoder(nn.Module):
    def __init__(self, emb_dim, hidden):
        super().__init__()
        self.rnn = nn.LSTM(emb_dim, hidden, batch_first=True, bidirectional=True)
        self.sent_dim = hidden  # fix: 2 * hidden

    def forward(self, x):
        out, _ = self.rnn(x)
        return out.max(dim=1).values


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = SentenceEncoder(6, 5)
        self.classifier = nn.Linear(self.encoder.sent_dim, 3)

    def forward(self, x):
        return self.classifier(self.encoder(x))


def probe():
    Model()(torch.randn(2, 4, 6))
