# A default of False that the one loader always replaces with a probability: correct.
import torch
import torch.nn as nn


class Recognizer(nn.Module):
    def __init__(self, features=16, hidden=32, layers=2, rnn_dropout=False):
        super().__init__()
        self.rnn = nn.GRU(features, hidden, layers, dropout=rnn_dropout, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 11)

    def forward(self, columns):
        out, _ = self.rnn(columns)
        return self.fc(out)


def load_model(features):
    return Recognizer(features=features, rnn_dropout=0.1)


def probe():
    load_model(16)(torch.randn(20, 2, 16))
