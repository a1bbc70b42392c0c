"""out[:, -1:, :] keeps the step dim (B, 1, H) for a batch-first decoder's next input."""
import torch
import torch.nn as nn

enc = nn.LSTM(4, 4, batch_first=True)
dec = nn.LSTM(4, 4, batch_first=True)


def probe():
    out, state = enc(torch.randn(3, 6, 4))
    nxt = out[:, -1:, :]
    y, _ = dec(nxt, state)
    assert y.shape == (3, 1, 4)
