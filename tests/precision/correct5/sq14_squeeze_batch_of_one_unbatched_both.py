"""Inference on one sentence: the input squeezed to (L, E) and no states given, so torch runs
it unbatched; the output squeezed nothing more."""
import torch
import torch.nn as nn

embed = nn.Embedding(12, 5)
lstm = nn.LSTM(5, 8, num_layers=2)
head = nn.Linear(8, 3)


def tag(tokens):  # (1, L)
    x = embed(tokens).squeeze()
    out, (h, c) = lstm(x)
    return head(out), h.shape


def probe():
    out, h_shape = tag(torch.randint(0, 12, (1, 6)))
    assert h_shape == (2, 8)
