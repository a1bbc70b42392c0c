"""A hyper-parameter dict gives three layers and a dropout for the GRU."""
import torch
import torch.nn as nn

HPARAMS = {"input_size": 8, "hidden_size": 16, "num_layers": 3, "dropout": 0.1}


class Encoder(nn.Module):
    def __init__(self, hp):
        super().__init__()
        self.gru = nn.GRU(hp["input_size"], hp["hidden_size"], num_layers=hp["num_layers"],
                          dropout=hp["dropout"])

    def forward(self, x):
        return self.gru(x)[1]


def probe():
    Encoder(HPARAMS)(torch.randn(5, 2, 8))
