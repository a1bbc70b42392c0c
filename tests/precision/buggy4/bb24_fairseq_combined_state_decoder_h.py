# expect: LC009 line 8
"""fairseq-style combine_bidir joins directions to 2H per layer, but the decoder is built of H."""
import torch
import torch.nn as nn

LAYERS, H = 2, 5
encoder = nn.LSTM(3, H, LAYERS, bidirectional=True)
decoder = nn.LSTM(3, H, LAYERS)  # fix: 2 * H


def combine(s, bsz):
    return s.view(LAYERS, 2, bsz, -1).transpose(1, 2).contiguous().view(LAYERS, bsz, -1)


def run(src, tgt):
    _, (h, c) = encoder(src)
    return decoder(tgt, (combine(h, src.size(1)), combine(c, src.size(1))))[0]


def probe():
    run(torch.randn(6, 2, 3), torch.randn(3, 2, 3))
