"""proj_size 8 for hidden 16; c_0 is hidden wide and h_0 proj wide, both by their own names."""
import torch
import torch.nn as nn

HIDDEN, PROJ, LAYERS = 16, 8, 2
lstm = nn.LSTM(8, HIDDEN, LAYERS, proj_size=PROJ)


def probe():
    x = torch.randn(4, 3, 8)
    h0 = torch.zeros(LAYERS, 3, PROJ)
    c0 = torch.zeros(LAYERS, 3, HIDDEN)
    out, (h, c) = lstm(x, (h0, c0))
    assert out.shape == (4, 3, PROJ) and c.shape == (LAYERS, 3, HIDDEN)
