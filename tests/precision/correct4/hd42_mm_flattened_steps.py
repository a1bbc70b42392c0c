"""The output flattened to (B*T, H) and multiplied by an (H, V) matrix with torch.mm."""
import torch
import torch.nn as nn

H, V = 8, 11
lstm = nn.LSTM(4, H, num_layers=2, batch_first=True)
W = torch.randn(H, V)


def probe():
    out, _ = lstm(torch.randn(3, 5, 4))
    logits = torch.mm(out.reshape(-1, H), W).view(3, 5, V)
    assert logits.shape == (3, 5, V)
