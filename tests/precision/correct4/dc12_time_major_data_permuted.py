"""Data made (N, T, F) in the file and permuted to (T, N, F) for a seq-first LSTM."""
import torch
import torch.nn as nn

N, T, F, H = 10, 6, 3, 7
data = torch.randn(N, T, F)

rnn = nn.LSTM(F, H)


def probe():
    out, (h, c) = rnn(data.permute(1, 0, 2))
    assert out.shape == (T, N, H) and h.shape == (1, N, H)
