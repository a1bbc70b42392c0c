# expect: LC008 line 21
"""A class defined inside a builder closes over n_features; the builder is called with 3 and
the model is fed 5 features."""
import torch
import torch.nn as nn


def make_model(n_features, hidden):
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.rnn = nn.LSTM(n_features, hidden, batch_first=True)

        def forward(self, x):
            return self.rnn(x)[0]

    return Net()


def probe():
    model = make_model(3, 8)  # fix: make_model(5, 8)
    model(torch.randn(2, 6, 5))
