"""OpenNMT's rnn_factory: getattr(nn, rnn_type) with the state made to match, a tuple for the
LSTM and a tensor for GRU and RNN."""
import torch
import torch.nn as nn


def rnn_factory(rnn_type, **kwargs):
    return getattr(nn, rnn_type)(**kwargs)


class Encoder(nn.Module):
    def __init__(self, rnn_type, input_size, hidden_size, num_layers):
        super().__init__()
        self.rnn_type = rnn_type
        self.rnn = rnn_factory(rnn_type, input_size=input_size, hidden_size=hidden_size,
                               num_layers=num_layers)

    def initial(self, batch):
        h = torch.zeros(self.rnn.num_layers, batch, self.rnn.hidden_size)
        return (h, h.clone()) if self.rnn_type == "LSTM" else h

    def forward(self, x):
        return self.rnn(x, self.initial(x.size(1)))[0]


def probe():
    for kind in ("LSTM", "GRU", "RNN"):
        result = Encoder(kind, 3, 5, 2)(torch.randn(4, 2, 3)).shape
        assert result == (4, 2, 5)
