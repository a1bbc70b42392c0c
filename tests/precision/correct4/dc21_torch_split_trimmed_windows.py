"""A long series cut into windows with unfold, then to (windows, win, 1) batch-first."""
import torch
import torch.nn as nn

series = torch.randn(500)
WIN = 20
windows = series.unfold(0, WIN, WIN).unsqueeze(-1)   # (25, 20, 1)

lstm = nn.LSTM(input_size=1, hidden_size=8, batch_first=True)


def probe():
    out, (h, c) = lstm(windows)
    assert out.shape == (25, WIN, 8) and h.shape == (1, 25, 8)
