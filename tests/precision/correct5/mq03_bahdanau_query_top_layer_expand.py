"""Bahdanau attention: the top layer of a 2-layer decoder state, repeated over source steps."""
import torch
import torch.nn as nn


class Attention(nn.Module):
    def __init__(self, enc_dim, dec_dim):
        super().__init__()
        self.attn = nn.Linear(enc_dim + dec_dim, dec_dim)
        self.v = nn.Linear(dec_dim, 1, bias=False)

    def forward(self, hidden, encoder_outputs):   # hidden (layers, B, D), outputs (B, L, E)
        src_len = encoder_outputs.shape[1]
        query = hidden[-1].unsqueeze(1).repeat(1, src_len, 1)
        energy = torch.tanh(self.attn(torch.cat((query, encoder_outputs), dim=2)))
        return torch.softmax(self.v(energy).squeeze(2), dim=1)


def probe():
    enc = nn.GRU(5, 4, batch_first=True, bidirectional=True)
    dec_rnn = nn.GRU(5, 7, num_layers=2, batch_first=True)
    enc_out, _ = enc(torch.randn(3, 6, 5))
    _, hidden = dec_rnn(torch.randn(3, 1, 5))
    assert Attention(8, 7)(hidden, enc_out).shape == (3, 6)
