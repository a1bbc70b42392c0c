"""batch_first does not change h_n: the last layer of a bidirectional LSTM is
h_n.view(L, 2, B, H)[-1], then permute to (B, 2, H) and flatten."""
import torch
import torch.nn as nn

L, H = 3, 4
lstm = nn.LSTM(2, H, L, batch_first=True, bidirectional=True)
fc = nn.Linear(2 * H, 1)


def probe():
    x = torch.randn(5, 7, 2)
    _, (h_n, _) = lstm(x)
    last = h_n.view(L, 2, x.size(0), H)[-1].permute(1, 0, 2).flatten(1)
    result = fc(last).shape
    assert result == (5, 1)
