"""A GRU encoder and an LSTM decoder: the decoder's (h_0, c_0) is the GRU's h_n and a zero
cell of the same shape made with zeros_like."""
import torch
import torch.nn as nn

enc = nn.GRU(input_size=10, hidden_size=32, num_layers=2, batch_first=True)
dec = nn.LSTM(input_size=10, hidden_size=32, num_layers=2, batch_first=True)


def run(src, tgt):
    _, h = enc(src)
    out, (h, c) = dec(tgt, (h, torch.zeros_like(h)))
    return out


def probe():
    assert run(torch.randn(3, 7, 10), torch.randn(3, 2, 10)).shape == (3, 2, 32)
