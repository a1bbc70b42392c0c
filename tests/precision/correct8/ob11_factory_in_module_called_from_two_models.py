"""One factory function shared by two model classes: the encoder calls it bidirectional with
a 2H head, the language model one-way with an H head."""
import torch
import torch.nn as nn


def rnn_layer(n_in, hidden, layers=1, bidirectional=False, dropout=0.0):
    return nn.GRU(n_in, hidden, layers, batch_first=True, bidirectional=bidirectional,
                  dropout=dropout if layers > 1 else 0.0)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = rnn_layer(12, 20, bidirectional=True)
        self.fc = nn.Linear(40, 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, 0])


class LanguageModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = rnn_layer(12, 30, layers=3, dropout=0.3)
        self.fc = nn.Linear(30, 12)

    def forward(self, x):
        return self.fc(self.rnn(x)[0])


def probe():
    x = torch.randn(2, 9, 12)
    assert Classifier()(x).shape == (2, 3) and LanguageModel()(x).shape == (2, 9, 12)
