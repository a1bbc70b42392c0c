"""MaxPool1d(kernel 3, stride 2) over the features axis: (20 - 3) // 2 + 1 = 9 values per channel."""
import torch
import torch.nn as nn

N_FEAT = 20


class Model(nn.Module):
    def __init__(self, hidden=5):
        super().__init__()
        self.pool = nn.MaxPool1d(kernel_size=3, stride=2)
        self.rnn = nn.GRU((N_FEAT - 3) // 2 + 1, hidden, batch_first=True)

    def forward(self, x):                        # (B, T, N_FEAT): pooled over the features
        return self.rnn(self.pool(x))[0]


def probe():
    out = Model()(torch.randn(2, 6, N_FEAT))
    assert out.shape == (2, 6, 5)
