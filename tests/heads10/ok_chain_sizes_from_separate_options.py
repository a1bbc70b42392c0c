"""A head whose widths come from two options the site sets equal, and a bottleneck whose
LayerNorm is sized for the Linear before it: every module takes what the one before gives."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, norm_dim, proj_dim, d_model, classes):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Sequential(nn.LayerNorm(norm_dim), nn.Linear(proj_dim, classes))
        self.bottleneck = nn.Sequential(nn.Linear(hidden, d_model), nn.GELU(), nn.LayerNorm(d_model),
                                        nn.Dropout(0.1), nn.Linear(d_model, classes))

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out), self.bottleneck(out)


def probe():
    Encoder(6, 20, norm_dim=20, proj_dim=20, d_model=8, classes=4)(torch.randn(2, 5, 6))
