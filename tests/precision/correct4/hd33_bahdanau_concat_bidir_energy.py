"""Bahdanau attention: decoder hidden (B, H_dec) repeated over source steps and joined with the
bidirectional encoder outputs (B, S, 2H_enc); the energy Linear takes 2H_enc + H_dec."""
import torch
import torch.nn as nn


class Attention(nn.Module):
    def __init__(self, enc_hid, dec_hid):
        super().__init__()
        self.attn = nn.Linear(2 * enc_hid + dec_hid, dec_hid)
        self.v = nn.Parameter(torch.rand(dec_hid))

    def forward(self, hidden, enc_out):
        S = enc_out.size(1)
        h = hidden.unsqueeze(1).expand(-1, S, -1)
        energy = torch.tanh(self.attn(torch.cat([h, enc_out], dim=2)))   # (B, S, dec)
        v = self.v.repeat(enc_out.size(0), 1).unsqueeze(2)                 # (B, dec, 1)
        return torch.bmm(energy, v).squeeze(2).softmax(1)


def probe():
    enc = nn.GRU(4, 5, batch_first=True, bidirectional=True)
    out, h = enc(torch.randn(3, 8, 4))
    dec_hidden = torch.randn(3, 7)
    result = Attention(5, 7)(dec_hidden, out).shape
    assert result == (3, 8)
