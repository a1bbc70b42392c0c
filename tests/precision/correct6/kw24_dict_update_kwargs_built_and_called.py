"""__dict__.update(kwargs) sets the input width; the model is built and called in one statement
whose result is kept."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.input_dim = 16
        self.hidden_dim = 20
        self.__dict__.update(kwargs)
        self.rnn = nn.LSTM(self.input_dim, self.hidden_dim, batch_first=True)
        self.out = nn.Linear(self.hidden_dim, 5)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def probe():
    out = Tagger(input_dim=4)(torch.randn(2, 3, 4))
    assert out.shape == (2, 3, 5)
