"""rnn_type passed in capitals and compared lower-cased; the LSTM branch builds a state pair."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, rnn_type, n_in, hidden, layers):
        super().__init__()
        self.rnn_type = rnn_type.lower()
        self.hidden, self.layers = hidden, layers
        rnn_cls = nn.LSTM if self.rnn_type == "lstm" else nn.GRU
        self.rnn = rnn_cls(n_in, hidden, layers, batch_first=True)

    def init_hidden(self, batch):
        h = torch.zeros(self.layers, batch, self.hidden)
        return (h, h.clone()) if self.rnn_type == "lstm" else h

    def forward(self, x):
        return self.rnn(x, self.init_hidden(x.size(0)))[0]


lstm_encoder = Encoder("LSTM", 3, 8, 2)
gru_encoder = Encoder("GRU", 3, 8, 1)


def probe():
    for enc in (lstm_encoder, gru_encoder):
        assert enc(torch.randn(2, 4, 3)).shape == (2, 4, 8)
