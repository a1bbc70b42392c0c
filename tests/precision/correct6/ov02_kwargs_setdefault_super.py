"""A subclass fills kwargs with setdefault and hands them to the base; a caller's values win."""
import torch
import torch.nn as nn


class Base(nn.Module):
    def __init__(self, input_size=32, hidden_size=32, num_layers=1, dropout=0.0):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, dropout=dropout)

    def forward(self, x):
        return self.rnn(x)[0]


class Deep(Base):
    def __init__(self, **kwargs):
        kwargs.setdefault("num_layers", 3)
        kwargs.setdefault("dropout", 0.2)
        super().__init__(**kwargs)


def probe():
    out = Deep(input_size=6, hidden_size=4)(torch.randn(5, 2, 6))
    assert out.shape == (5, 2, 4)
    out = Deep(input_size=6, num_layers=2)(torch.randn(5, 2, 6))
    assert out.shape == (5, 2, 32)
