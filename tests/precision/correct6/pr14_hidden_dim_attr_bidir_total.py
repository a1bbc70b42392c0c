"""An encoder whose hidden_dim attribute is the total width of both directions (AllenNLP's
PytorchSeq2SeqWrapper idea); the decoder reads it."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden_per_direction):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden_per_direction, batch_first=True, bidirectional=True)
        self.hidden_dim = 2 * hidden_per_direction

    def forward(self, x):
        return self.rnn(x)[0]


class Decoder(nn.Module):
    def __init__(self, encoder, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(encoder.hidden_dim, hidden)

    def forward(self, memory):
        h, c = self.cell(memory[:, -1])
        return h


def probe():
    enc = Encoder(7, 5)
    out = Decoder(enc, 9)(enc(torch.randn(2, 3, 7)))
    assert out.shape == (2, 9)
