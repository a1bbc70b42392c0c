"""Layers set with setattr under literal names in a loop (the AWD-LSTM / older tutorials'
habit); the head and the decoder read them with the same names."""
import torch
import torch.nn as nn


class EncDec(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        for name, bidir in (("encoder", True), ("decoder", False)):
            width_in = n_in if name == "encoder" else 2 * hidden
            setattr(self, name, nn.LSTM(width_in, hidden, bidirectional=bidir))
        setattr(self, "out", nn.Linear(hidden, 1))

    def forward(self, x):
        x, _ = self.encoder(x)
        x, _ = self.decoder(x)
        return self.out(x)


def probe():
    assert EncDec(4, 7)(torch.randn(6, 2, 4)).shape == (6, 2, 1)
