"""An hparams dict passed to the LightningModule, which gives the encoder a sub-dict."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, n_hidden, n_layers, bidirectional):
        super().__init__()
        self.lstm = nn.LSTM(n_in, n_hidden, n_layers, bidirectional=bidirectional, batch_first=True)
        self.out_dim = n_hidden * (2 if bidirectional else 1)

    def forward(self, x):
        return self.lstm(x)[0]


class LitModel(nn.Module):
    def __init__(self, hparams: dict):
        super().__init__()
        self.hparams = hparams
        self.encoder = Encoder(**hparams["encoder"])
        self.head = nn.Linear(self.encoder.out_dim, hparams["n_classes"])

    def forward(self, x):
        return self.head(self.encoder(x)[:, -1])


HPARAMS = {"encoder": {"n_in": 4, "n_hidden": 12, "n_layers": 2, "bidirectional": True}, "n_classes": 3}


def probe():
    assert LitModel(HPARAMS)(torch.randn(5, 7, 4)).shape == (5, 3)
