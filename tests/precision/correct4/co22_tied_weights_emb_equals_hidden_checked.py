"""Weight tying: the decoder shares the embedding's weight, which needs nhid == ninp (checked
with a ValueError); the LSTM reads ninp and the decoder reads nhid."""
import torch
import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, ntoken, ninp, nhid, nlayers, tie_weights=False):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, nlayers)
        self.decoder = nn.Linear(nhid, ntoken)
        if tie_weights:
            if nhid != ninp:
                raise ValueError("When using the tied flag, nhid must be equal to emsize")
            self.decoder.weight = self.encoder.weight

    def forward(self, x):
        return self.decoder(self.rnn(self.encoder(x))[0])


def probe():
    result = RNNModel(40, 16, 16, 2, tie_weights=True)(torch.randint(0, 40, (5, 2))).shape
    assert result == (5, 2, 40)
    result = RNNModel(40, 16, 24, 2)(torch.randint(0, 40, (5, 2))).shape
    assert result == (5, 2, 40)
