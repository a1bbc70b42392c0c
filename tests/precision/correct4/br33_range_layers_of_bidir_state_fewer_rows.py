"""[h[i] for i in range(num_layers)] on a bidirectional encoder's state (2*num_layers rows):
takes the first num_layers rows, fewer than it has; each (B, H) for the decoder's cells."""
import torch
import torch.nn as nn

num_layers, H = 2, 5
encoder = nn.LSTM(3, H, num_layers, bidirectional=True)
cells = nn.ModuleList([nn.LSTMCell(3 if i == 0 else H, H) for i in range(num_layers)])


def probe():
    _, (h, c) = encoder(torch.randn(6, 2, 3))
    hs = [h[i] for i in range(num_layers)]
    cs = [c[i] for i in range(num_layers)]
    x = torch.randn(2, 3)
    for i, cell in enumerate(cells):
        hs[i], cs[i] = cell(x, (hs[i], cs[i]))
        x = hs[i]
    assert x.shape == (2, H)
