# expect: LC005 line 10
"""hidden_size / 2 per direction is a float."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, emb_dim, hidden_size):
        super().__init__()
        self.rnn = nn.LSTM(emb_dim, hidden_size / 2, bidirectional=True)  # fix: hidden_size // 2

    def forward(self, x):
        return self.rnn(x)


def probe():
    Encoder(emb_dim=10, hidden_size=20)(torch.randn(4, 2, 10))
