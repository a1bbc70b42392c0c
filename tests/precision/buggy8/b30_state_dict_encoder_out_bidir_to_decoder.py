# expect: LC009 line 15
"""The encoder returns a dict (fairseq's encoder_out habit) with its bidirectional state; the
decoder reads `encoder_out["state"]` into a one-way LSTM of the same layers."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, bidirectional=True)

    def forward(self, src):
        memory, state = self.lstm(src)
        return {"memory": memory, "state": state}  # fix: sum or join the directions of h and c


class Decoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers)

    def forward(self, tgt, encoder_out):
        return self.lstm(tgt, encoder_out["state"])[0]


def probe():
    Decoder(5, 9, 2)(torch.randn(3, 2, 5), Encoder(5, 9, 2)(torch.randn(7, 2, 5)))
