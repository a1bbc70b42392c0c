"""The encoder returns a dict (`{"memory": ..., "state": (h, c)}`, fairseq's encoder_out habit);
the decoder reads `encoder_out["state"]`, bridged by summing directions."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, bidirectional=True)
        self.layers, self.hidden = layers, hidden

    def forward(self, src):
        memory, (h, c) = self.lstm(src)

        def combine(s):
            return s.view(self.layers, 2, s.size(1), self.hidden).sum(1)

        return {"memory": memory, "state": (combine(h), combine(c))}


class Decoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers)

    def forward(self, tgt, encoder_out):
        return self.lstm(tgt, encoder_out["state"])[0]


def probe():
    enc, dec = Encoder(5, 9, 2), Decoder(5, 9, 2)
    assert dec(torch.randn(3, 2, 5), enc(torch.randn(7, 2, 5))).shape == (3, 2, 9)
