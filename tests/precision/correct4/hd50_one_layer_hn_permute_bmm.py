"""A one-layer GRU's h_n (1, B, H) permuted to (B, H, 1) as the query of a bmm over the
outputs (B, T, H): one layer, so the permute is exact."""
import torch
import torch.nn as nn

gru = nn.GRU(4, 6, batch_first=True)

x = torch.randn(3, 8, 4)
out, h_n = gru(x)
scores = torch.bmm(out, h_n.permute(1, 2, 0)).squeeze(2)
context = torch.bmm(scores.softmax(1).unsqueeze(1), out).squeeze(1)
query = h_n.view(-1, 6, 1)
scores2 = torch.bmm(out, query)


def probe():
    assert context.shape == (3, 6) and scores2.shape == (3, 8, 1)
