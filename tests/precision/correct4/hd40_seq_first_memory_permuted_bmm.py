"""Seq-first encoder outputs (S, B, H) permuted to (B, H, S) for a bmm with the decoder's
query (B, 1, H): scores (B, 1, S)."""
import torch
import torch.nn as nn

enc = nn.LSTM(3, 6)
dec = nn.LSTM(3, 6)


def probe():
    memory, state = enc(torch.randn(7, 2, 3))
    q, _ = dec(torch.randn(1, 2, 3), state)          # (1, B, H)
    scores = torch.bmm(q.transpose(0, 1), memory.permute(1, 2, 0))
    ctx = torch.bmm(scores.softmax(-1), memory.transpose(0, 1))
    assert scores.shape == (2, 1, 7) and ctx.shape == (2, 1, 6)
