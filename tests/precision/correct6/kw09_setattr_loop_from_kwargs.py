"""for k, v in kwargs.items(): setattr(self, k, v) after defaults; the caller's sizes win."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.embed_size = 128
        self.hidden_size = 128
        self.num_layers = 1
        for key, value in kwargs.items():
            setattr(self, key, value)
        self.rnn = nn.LSTM(self.embed_size, self.hidden_size, self.num_layers)

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return (weight.new_zeros(self.num_layers, bsz, self.hidden_size),
                weight.new_zeros(self.num_layers, bsz, self.hidden_size))

    def forward(self, x):
        return self.rnn(x, self.init_hidden(x.size(1)))[0]


def probe():
    m = Model(embed_size=9, hidden_size=4, num_layers=2)
    out = m(torch.randn(3, 2, 9))
    assert out.shape == (3, 2, 4)
