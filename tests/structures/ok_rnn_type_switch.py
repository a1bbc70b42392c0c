# source: a correct look-alike (torch runs it)
# torch: runs
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, rnn_type, emb, hidden, layers):
        super().__init__()
        self.rnn_type = rnn_type
        self.hidden, self.layers = hidden, layers
        self.rnn = getattr(nn, rnn_type)(emb, hidden, layers)

    def init_hidden(self, batch):
        h = torch.zeros(self.layers, batch, self.hidden)
        if self.rnn_type == "LSTM":
            return (h, torch.zeros(self.layers, batch, self.hidden))
        return h

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        return self.rnn(x, hidden)


gru_encoder = Encoder("GRU", 8, 16, 2)
lstm_encoder = Encoder("LSTM", 8, 16, 2)


def probe():
    gru_encoder(torch.zeros(5, 3, 8))
    lstm_encoder(torch.zeros(5, 3, 8))
