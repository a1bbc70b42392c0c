# source: https://github.com/bes-dev/crnn-pytorch/commit/067b3c6d6340f46ed1037dd4d1d3232cfb158b2f
# (issue #2, "dropout value error"): the recognizer's constructor defaults its recurrent
# dropout to False, and the loader that builds it never passes one. torch rejects a bool
# dropout while building the GRU; the default is what changes (the fix made it 0).
import torch
import torch.nn as nn


class Recognizer(nn.Module):
    def __init__(self, features=16, hidden=32, layers=2,
                 rnn_dropout=False):  # expect: LC005 error
        super().__init__()
        self.rnn = nn.GRU(features, hidden, layers, dropout=rnn_dropout, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 11)

    def forward(self, columns):
        out, _ = self.rnn(columns)
        return self.fc(out)


def load_model(features):
    return Recognizer(features=features)


def probe():
    load_model(16)(torch.randn(20, 2, 16))
