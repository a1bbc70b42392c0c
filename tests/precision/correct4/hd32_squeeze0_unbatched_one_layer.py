"""An unbatched one-layer LSTM: h_n is (1, H), squeeze(0) gives (H,) for the head."""
import torch
import torch.nn as nn

lstm = nn.LSTM(4, 10)
head = nn.Linear(10, 3)


def probe():
    _, (h, _) = lstm(torch.randn(6, 4))
    result = head(h.squeeze(0)).shape
    assert result == (3,)
