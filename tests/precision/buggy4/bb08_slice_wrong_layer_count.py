# expect: LC009 line 13
"""A 2-layer decoder handed only the encoder's top layer, h[-1:], one layer."""
import torch
import torch.nn as nn

ENC_LAYERS, DEC_LAYERS = 3, 2
encoder = nn.LSTM(5, 6, ENC_LAYERS)
decoder = nn.LSTM(5, 6, DEC_LAYERS)


def run(src, tgt):
    _, (h, c) = encoder(src)
    out, _ = decoder(tgt, (h[-1:], c[-1:]))  # fix: h[-DEC_LAYERS:], c[-DEC_LAYERS:]
    return out


def probe():
    run(torch.randn(4, 2, 5), torch.randn(3, 2, 5))
