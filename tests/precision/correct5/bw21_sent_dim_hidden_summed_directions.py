"""self.sent_dim = hidden for a bidirectional encoder whose two directions are summed: the
sentence vector has hidden features."""
import torch
import torch.nn as nn


class SentenceEncoder(nn.Module):
    def __init__(self, emb_dim, hidden):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(emb_dim, hidden, batch_first=True, bidirectional=True)
        self.sent_dim = hidden

    def forward(self, x):
        out, _ = self.rnn(x)
        out = out[..., :self.hidden] + out[..., self.hidden:]
        return out.max(1).values


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = SentenceEncoder(6, 5)
        self.fc = nn.Linear(self.encoder.sent_dim, 2)

    def forward(self, x):
        return self.fc(self.encoder(x))


def probe():
    assert Classifier()(torch.randn(2, 7, 6)).shape == (2, 2)
