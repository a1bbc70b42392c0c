# expect: LC007 line 14
"""A 2-layer GRU's whole h_n (2, B, H) squeezed as if one layer and used as the attention query."""
import torch
import torch.nn as nn


class Attn(nn.Module):
    def __init__(self, hid=6):
        super().__init__()
        self.gru = nn.GRU(hid, hid, num_layers=2, batch_first=True)

    def forward(self, x, memory):          # memory (B, L, H)
        _, h = self.gru(x)
        query = h.squeeze(0)                # fix: h[-1]
        scores = torch.bmm(memory, query.unsqueeze(2))
        return scores


def probe():
    Attn()(torch.randn(3, 4, 6), torch.randn(3, 5, 6))
