"""__dict__.update(kwargs) and then the hidden size halved per direction on the instance."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.input_size = 32
        self.hidden_size = 64
        self.bidirectional = True
        self.__dict__.update(kwargs)
        self.output_size = self.hidden_size
        if self.bidirectional:
            self.hidden_size //= 2
        self.rnn = nn.LSTM(self.input_size, self.hidden_size, bidirectional=self.bidirectional)
        self.norm = nn.LayerNorm(self.output_size)

    def forward(self, x):
        return self.norm(self.rnn(x)[0])


def probe():
    out = Encoder(input_size=5, hidden_size=12)(torch.randn(3, 2, 5))
    assert out.shape == (3, 2, 12)
    out = Encoder(input_size=5, bidirectional=False)(torch.randn(3, 2, 5))
    assert out.shape == (3, 2, 64)
