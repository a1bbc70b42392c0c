# torch: AttributeError: 'tuple' object has no attribute 'dim'
# A helper written for LSTM and GRU alike wraps a bare state into a 1-tuple; the decoder is a
# GRU, which takes the tensor itself (the OpenNMT #358 shape, through a module function).
import torch
import torch.nn as nn


def as_state_tuple(final):
    """Encoders return (h, c) or h; keep both as tuples."""
    if not isinstance(final, tuple):
        return (final,)
    return final


class Seq2Seq(nn.Module):
    def __init__(self, emb_dim, hid_dim):
        super().__init__()
        self.encoder = nn.GRU(emb_dim, hid_dim)
        self.decoder = nn.GRU(emb_dim, hid_dim)

    def forward(self, src, tgt):
        _, final = self.encoder(src)
        state = as_state_tuple(final)
        out, _ = self.decoder(tgt, state)  # fix: a GRU takes the tensor: self.decoder(tgt, state[0])
        return out


def probe():
    Seq2Seq(8, 16)(torch.randn(7, 3, 8), torch.randn(5, 3, 8))
