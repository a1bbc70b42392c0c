"""The attention's query and keys share one width, d_model, because encoder (bidirectional,
d_model // 2 per direction) and decoder (d_model) are both built from it."""
import torch
import torch.nn as nn

d_model = 16


class Model(nn.Module):
    def __init__(self, d_in):
        super().__init__()
        self.enc = nn.GRU(d_in, d_model // 2, batch_first=True, bidirectional=True)
        self.dec = nn.GRU(d_in, d_model, batch_first=True)

    def forward(self, src, tgt):
        keys, _ = self.enc(src)
        q, _ = self.dec(tgt)
        return torch.bmm(q, keys.transpose(1, 2)).softmax(-1) @ keys


def probe():
    result = Model(3)(torch.randn(2, 6, 3), torch.randn(2, 4, 3)).shape
    assert result == (2, 4, d_model)
