"""Two encoders, one bidirectional, are concatenated; the head sums both widths."""
import torch
import torch.nn as nn


class PairModel(nn.Module):
    def __init__(self, n_q=10, n_d=14, hq=8, hd=6):
        super().__init__()
        self.q_enc = nn.LSTM(n_q, hq, batch_first=True, bidirectional=True)
        self.d_enc = nn.GRU(n_d, hd, batch_first=True)
        self.score = nn.Linear(2 * hq + hd, 1)

    def forward(self, q, d):
        q_vec = self.q_enc(q)[0][:, -1]
        d_vec = self.d_enc(d)[1][-1]
        return self.score(torch.cat([q_vec, d_vec], dim=1))


def probe():
    PairModel()(torch.randn(2, 5, 10), torch.randn(2, 9, 14))
