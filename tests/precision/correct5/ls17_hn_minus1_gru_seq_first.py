"""A seq-first GRU's h_n[-1] (B, H) into the head."""
import torch
import torch.nn as nn

encoder = nn.GRU(input_size=7, hidden_size=9, num_layers=4)
classifier = nn.Sequential(nn.Linear(9, 9), nn.ReLU(), nn.Linear(9, 3))


def probe():
    _, h_n = encoder(torch.randn(6, 2, 7))
    assert classifier(h_n[-1]).shape == (2, 3)
