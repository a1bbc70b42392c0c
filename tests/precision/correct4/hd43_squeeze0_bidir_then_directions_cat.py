"""squeeze(0) written "just in case" on a one-layer bidirectional GRU's h_n (2, B, H): a no-op;
the two rows after it are the directions, joined to (B, 2H)."""
import torch
import torch.nn as nn


class Enc(nn.Module):
    def __init__(self, hidden=5):
        super().__init__()
        self.gru = nn.GRU(3, hidden, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        _, h_n = self.gru(x)
        h = h_n.squeeze(0)
        return self.fc(torch.cat((h[0], h[1]), dim=1))


def probe():
    result = Enc()(torch.randn(4, 6, 3)).shape
    assert result == (4, 2)
