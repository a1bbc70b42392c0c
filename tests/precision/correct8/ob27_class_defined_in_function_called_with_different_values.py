"""A model class defined inside a builder function that closes over its arguments; the builder
is called with different sizes, and each model is fed data of its own width."""
import torch
import torch.nn as nn


def make_model(n_features, hidden, bidirectional):
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.rnn = nn.LSTM(n_features, hidden, batch_first=True, bidirectional=bidirectional)
            self.fc = nn.Linear(hidden * (2 if bidirectional else 1), 1)

        def forward(self, x):
            return self.fc(self.rnn(x)[0][:, -1])

    return Net()


def probe():
    small = make_model(3, 8, False)
    large = make_model(10, 32, True)
    assert small(torch.randn(2, 5, 3)).shape == (2, 1)
    assert large(torch.randn(2, 5, 10)).shape == (2, 1)
