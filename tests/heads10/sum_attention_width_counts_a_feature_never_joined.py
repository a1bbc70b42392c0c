"""A self-attention layer over a BiGRU's outputs is sized by adding up the encoder's parts; the
positional features are counted in, but forward never joins them to the outputs."""
import torch
import torch.nn as nn


class AttentiveEncoder(nn.Module):
    def __init__(self, n_feat, hidden, heads=2, bidirectional=True, pos_dim=4, use_positions=True):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True, bidirectional=bidirectional)
        d_model = hidden
        if bidirectional:
            d_model += hidden
        if use_positions:
            d_model += pos_dim
        self.attn = nn.MultiheadAttention(d_model, heads, batch_first=True)  # expect: LC007

    def forward(self, x):
        out, _ = self.gru(x)
        ctx, _ = self.attn(out, out, out)
        return ctx


def probe():
    AttentiveEncoder(n_feat=5, hidden=8)(torch.randn(2, 6, 5))
