"""A 4-layer encoder and a 2-layer decoder of the same width: the decoder takes the top
h[-dec_layers:] layers."""
import torch
import torch.nn as nn

ENC_LAYERS, DEC_LAYERS, HIDDEN = 4, 2, 10

encoder = nn.LSTM(6, HIDDEN, ENC_LAYERS)
decoder = nn.LSTM(6, HIDDEN, DEC_LAYERS)


def translate(src, tgt):
    _, (h, c) = encoder(src)
    out, _ = decoder(tgt, (h[-DEC_LAYERS:], c[-DEC_LAYERS:]))
    return out


def probe():
    result = translate(torch.randn(7, 2, 6), torch.randn(3, 2, 6)).shape
    assert result == (3, 2, 10)
