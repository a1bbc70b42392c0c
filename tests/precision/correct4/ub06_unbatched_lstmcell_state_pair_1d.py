"""An LSTMCell stepping one unbatched sample: x (F,), h and c (H,)."""
import torch
import torch.nn as nn

cell = nn.LSTMCell(3, 4)


def probe():
    h, c = torch.zeros(4), torch.zeros(4)
    for x in torch.randn(5, 3):
        h, c = cell(x, (h, c))
    assert h.shape == c.shape == (4,)
