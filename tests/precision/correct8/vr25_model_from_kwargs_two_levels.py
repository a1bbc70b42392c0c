"""Sizes forwarded through two levels of **kwargs: Model(**cfg) -> Encoder(**cfg["encoder"]);
the encoder's width reaches the head through an attribute."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_size, hidden_size, bidirectional=False, **rnn_kwargs):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_size, bidirectional=bidirectional,
                           batch_first=True, **rnn_kwargs)
        self.out_dim = hidden_size * (2 if bidirectional else 1)

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self, encoder, n_classes):
        super().__init__()
        self.encoder = Encoder(**encoder)
        self.head = nn.Linear(self.encoder.out_dim, n_classes)

    def forward(self, x):
        return self.head(self.encoder(x)[:, -1])


CFG = {"encoder": {"input_size": 6, "hidden_size": 10, "bidirectional": True, "num_layers": 2,
                   "dropout": 0.1}, "n_classes": 4}


def probe():
    assert Model(**CFG)(torch.randn(3, 8, 6)).shape == (3, 4)
