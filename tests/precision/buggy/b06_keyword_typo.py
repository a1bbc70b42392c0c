# expect: LC002 line 10
"""num_layer= (no s): torch's constructor rejects the keyword."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, embed_dim, hidden_dim):
        super().__init__()
        self.lstm = nn.LSTM(embed_dim, hidden_size=hidden_dim, num_layer=2)  # fix: num_layers=2

    def forward(self, x):
        return self.lstm(x)


def probe():
    Net(8, 16)(torch.randn(3, 2, 8))
