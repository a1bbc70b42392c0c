"""Every layer and direction of h_n concatenated on purpose into a head of layers*2*H."""
import torch
import torch.nn as nn

LAYERS, HID = 2, 4
lstm = nn.LSTM(3, HID, LAYERS, bidirectional=True)
head = nn.Linear(LAYERS * 2 * HID, 1)


def probe():
    _, (h, _) = lstm(torch.randn(5, 6, 3))
    feats = torch.cat([h[i] for i in range(h.size(0))], dim=-1)
    assert head(feats).shape == (6, 1)
