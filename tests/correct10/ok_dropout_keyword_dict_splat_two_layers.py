"""The RNN's keywords come from a dict splat that sets num_layers=2 along with dropout."""
import torch
import torch.nn as nn

rnn_kwargs = dict(hidden_size=32, num_layers=2, dropout=0.25, batch_first=True)


class Net(nn.Module):
    def __init__(self, n_in=12):
        super().__init__()
        self.rnn = nn.LSTM(n_in, **rnn_kwargs)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Net()(torch.randn(2, 4, 12))
