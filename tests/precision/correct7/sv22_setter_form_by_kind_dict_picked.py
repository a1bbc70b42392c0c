"""A dict-picked layer and an init_hidden that leaves (h, c) or h on self by the same key, read by
forward."""
import torch
import torch.nn as nn


class Model(nn.Module):
    RNNS = {"LSTM": nn.LSTM, "GRU": nn.GRU}

    def __init__(self, rnn_type, n_in, hidden, layers):
        super().__init__()
        self.rnn_type = rnn_type
        self.rnn = self.RNNS[rnn_type](n_in, hidden, layers, batch_first=True)
        self.hidden_size, self.layers = hidden, layers

    def init_hidden(self, batch):
        h = torch.zeros(self.layers, batch, self.hidden_size)
        if self.rnn_type == "LSTM":
            self.hidden = (h, torch.zeros_like(h))
        else:
            self.hidden = h

    def forward(self, x):
        out, self.hidden = self.rnn(x, self.hidden)
        return out


def probe():
    for kind in Model.RNNS:
        model = Model(kind, 3, 5, 2)
        model.init_hidden(4)
        assert model(torch.randn(4, 6, 3)).shape == (4, 6, 5)
