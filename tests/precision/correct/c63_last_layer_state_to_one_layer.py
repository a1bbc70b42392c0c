"""A deep encoder hands only its top layer to a one-layer decoder: h[-1:] keeps the layer dim."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, n_out, hidden, enc_layers):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, enc_layers, batch_first=True, dropout=0.1)
        self.decoder = nn.LSTM(n_out, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        state = (h[-1:], c[-1].unsqueeze(0))
        out, _ = self.decoder(tgt, state)
        return self.head(out)


def probe():
    model = Model(n_in=5, n_out=2, hidden=7, enc_layers=3)
    assert model(torch.randn(3, 9, 5), torch.randn(3, 4, 2)).shape == (3, 4, 2)
