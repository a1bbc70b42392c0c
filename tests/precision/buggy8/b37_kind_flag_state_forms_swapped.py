# expect: LC009 line 15
"""A flag from the layer's class decides the state's form, with the two forms swapped."""
import torch
import torch.nn as nn


class RNNLM(nn.Module):
    def __init__(self, cell, n_in, hidden):
        super().__init__()
        self.rnn = (nn.LSTM if cell == "lstm" else nn.GRU)(n_in, hidden)
        self.is_lstm = isinstance(self.rnn, nn.LSTM)

    def init_hidden(self, batch):
        h = torch.zeros(1, batch, self.rnn.hidden_size)
        return h if self.is_lstm else (h, torch.zeros_like(h))  # fix: (h, c) if self.is_lstm else h

    def forward(self, x, hidden):
        return self.rnn(x, hidden)[0]


def probe():
    model = RNNLM("gru", 3, 5)
    model(torch.randn(4, 2, 3), model.init_hidden(2))
