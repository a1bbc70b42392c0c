"""One kwargs dict built once: `nn.LSTM(**rnn_kwargs)`, and the head reads the same dict's
hidden_size and bidirectional entries."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, bidirectional=True, layers=2):
        super().__init__()
        rnn_kwargs = dict(input_size=n_in, hidden_size=hidden, num_layers=layers,
                          batch_first=True, bidirectional=bidirectional)
        self.rnn = nn.LSTM(**rnn_kwargs)
        out_dim = rnn_kwargs["hidden_size"] * (2 if rnn_kwargs["bidirectional"] else 1)
        self.head = nn.Linear(out_dim, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    for bidir in (True, False):
        assert Model(4, 5, bidir)(torch.randn(2, 3, 4)).shape == (2, 3, 1)
