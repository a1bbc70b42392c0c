"""SimpleNamespace configs nested as cfg.model.rnn, the way OmegaConf objects are read."""
from types import SimpleNamespace

import torch
import torch.nn as nn


def make_config():
    rnn = SimpleNamespace(hidden=32, layers=2, bidirectional=True, dropout=0.1)
    model = SimpleNamespace(rnn=rnn, emb=16, classes=4)
    return SimpleNamespace(model=model, vocab=100)


class Classifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        m = cfg.model
        self.emb = nn.Embedding(cfg.vocab, m.emb)
        self.rnn = nn.LSTM(m.emb, m.rnn.hidden, m.rnn.layers, dropout=m.rnn.dropout,
                           bidirectional=m.rnn.bidirectional, batch_first=True)
        self.fc = nn.Linear(m.rnn.hidden * 2, m.classes)

    def forward(self, tokens):
        _, (h, _) = self.rnn(self.emb(tokens))
        return self.fc(torch.cat([h[-2], h[-1]], dim=1))


def probe():
    out = Classifier(make_config())(torch.randint(0, 100, (3, 9)))
    assert out.shape == (3, 4)
