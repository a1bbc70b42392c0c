"""Dot attention with matmul: encoder and decoder are both one-way LSTMs of the same width, so
the decoder outputs score the encoder outputs directly."""
import torch
import torch.nn as nn


class DotAttnSeq2Seq(nn.Module):
    def __init__(self, n_in, n_out, hidden):
        super().__init__()
        self.enc = nn.LSTM(n_in, hidden, batch_first=True)
        self.dec = nn.LSTM(n_out, hidden, batch_first=True)
        self.out = nn.Linear(2 * hidden, n_out)

    def forward(self, src, tgt):
        enc_out, state = self.enc(src)
        dec_out, _ = self.dec(tgt, state)
        scores = dec_out @ enc_out.transpose(1, 2)          # (B, T_dec, T_enc)
        context = torch.matmul(scores.softmax(-1), enc_out)  # (B, T_dec, H)
        return self.out(torch.cat([dec_out, context], dim=-1))


def probe():
    y = DotAttnSeq2Seq(4, 3, 16)(torch.randn(2, 8, 4), torch.randn(2, 5, 3))
    assert y.shape == (2, 5, 3)
