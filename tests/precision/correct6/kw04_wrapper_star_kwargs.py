"""A wrapper forwards **kwargs to nn.LSTM and reads the options it needs from the built layer."""
import torch
import torch.nn as nn


class RNNWrapper(nn.Module):
    def __init__(self, **rnn_kwargs):
        super().__init__()
        self.rnn = nn.LSTM(batch_first=True, **rnn_kwargs)
        dirs = 2 if self.rnn.bidirectional else 1
        self.output_dim = self.rnn.hidden_size * dirs

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    enc = RNNWrapper(input_size=6, hidden_size=5, num_layers=2, bidirectional=True)
    head = nn.Linear(enc.output_dim, 2)
    out = head(enc(torch.randn(4, 3, 6)))
    assert out.shape == (4, 3, 2)
