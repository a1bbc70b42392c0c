"""A base class keeps the cell class; subclasses choose GRU or LSTM through super().__init__."""
import torch
import torch.nn as nn


class BaseRNN(nn.Module):
    def __init__(self, vocab_size, hidden_size, n_layers, rnn_cell):
        super().__init__()
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        if rnn_cell.lower() == "lstm":
            self.rnn_cell = nn.LSTM
        elif rnn_cell.lower() == "gru":
            self.rnn_cell = nn.GRU
        else:
            raise ValueError("Unsupported RNN Cell: {0}".format(rnn_cell))


class EncoderRNN(BaseRNN):
    def __init__(self, vocab_size, hidden_size, n_layers=1, rnn_cell="gru", bidirectional=False):
        super().__init__(vocab_size, hidden_size, n_layers, rnn_cell)
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.rnn = self.rnn_cell(hidden_size, hidden_size, n_layers, batch_first=True,
                                 bidirectional=bidirectional)

    def forward(self, input_var):
        return self.rnn(self.embedding(input_var))


def probe():
    for cell in ("gru", "lstm"):
        enc = EncoderRNN(30, 8, n_layers=2, rnn_cell=cell, bidirectional=True)
        out, _ = enc(torch.randint(0, 30, (3, 5)))
        assert out.shape == (3, 5, 16)
