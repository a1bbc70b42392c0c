"""self.__dict__.update(kwargs) with a caller's values overriding the defaults set just before."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.input_dim = 300
        self.hidden_dim = 150
        self.n_layers = 1
        self.__dict__.update(kwargs)
        self.rnn = nn.LSTM(self.input_dim, self.hidden_dim, self.n_layers, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    enc = Encoder(input_dim=12, hidden_dim=7, n_layers=2)
    out = enc(torch.randn(2, 3, 12))
    assert out.shape == (2, 3, 7)
