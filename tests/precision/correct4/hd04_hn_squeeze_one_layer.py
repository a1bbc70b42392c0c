"""One-layer one-way GRU: h_n (1, B, H) squeezed to (B, H) for the classifier."""
import torch
import torch.nn as nn


class GRUNet(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim):
        super(GRUNet, self).__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h.squeeze(0))


def probe():
    result = GRUNet(3, 12, 2)(torch.randn(5, 11, 3)).shape
    assert result == (5, 2)
