"""An encoder whose attention width is added up in a loop over its parts (each `+=` may run any
number of times: not followed), and a head whose width adds a term only when positions are
joined in forward as well."""
import torch
import torch.nn as nn


class AttentiveEncoder(nn.Module):
    def __init__(self, n_feat, hidden, heads=2, bidirectional=True, pos_dim=4, use_positions=True):
        super().__init__()
        self.use_positions = use_positions
        self.pos_dim = pos_dim
        self.gru = nn.GRU(n_feat, hidden, batch_first=True, bidirectional=bidirectional)
        d_model = 0
        for part in [hidden, hidden if bidirectional else 0]:
            d_model += part
        self.attn = nn.MultiheadAttention(d_model, heads, batch_first=True)
        head_in = d_model
        if use_positions:
            head_in += pos_dim
        self.head = nn.Linear(head_in, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        ctx, _ = self.attn(out, out, out)
        if self.use_positions:
            steps = torch.arange(x.size(1), dtype=x.dtype) / x.size(1)
            pos = steps[None, :, None].expand(x.size(0), -1, self.pos_dim)
            ctx = torch.cat([ctx, pos], dim=2)
        return self.head(ctx)


def probe():
    AttentiveEncoder(n_feat=5, hidden=8)(torch.randn(2, 6, 5))
