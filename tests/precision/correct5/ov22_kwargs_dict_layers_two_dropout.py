"""rnn_kwargs built as a dict with num_layers 2 and dropout 0.4, unpacked into the LSTM."""
import torch
import torch.nn as nn

rnn_kwargs = dict(input_size=6, hidden_size=8, num_layers=2, dropout=0.4, batch_first=True)


class Model(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.rnn = nn.LSTM(**kwargs)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Model(**rnn_kwargs)(torch.randn(2, 3, 6))
