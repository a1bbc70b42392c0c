"""Encoder(hid_dim=HID) and Decoder(dec_hid_dim=HID): two parameter names, one constant, so
the state handed over fits by construction."""
import torch
import torch.nn as nn

HID = 12


class Encoder(nn.Module):
    def __init__(self, emb_dim, hid_dim):
        super().__init__()
        self.rnn = nn.GRU(emb_dim, hid_dim)

    def forward(self, x):
        return self.rnn(x)[1]


class Decoder(nn.Module):
    def __init__(self, emb_dim, dec_hid_dim):
        super().__init__()
        self.rnn = nn.GRU(emb_dim, dec_hid_dim)

    def forward(self, y, h):
        return self.rnn(y, h)[0]


enc = Encoder(emb_dim=4, hid_dim=HID)
dec = Decoder(emb_dim=4, dec_hid_dim=HID)


def probe():
    result = dec(torch.randn(3, 2, 4), enc(torch.randn(6, 2, 4))).shape
    assert result == (3, 2, HID)
