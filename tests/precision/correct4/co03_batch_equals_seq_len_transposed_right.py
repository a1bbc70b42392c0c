"""batch_size == seq_len == 8 in this config; the batch-first data is transposed to the
seq-first layout the LSTM is built for, and states take the batch from x.size(1)."""
import torch
import torch.nn as nn

batch_size = 8
seq_len = 8
n_features = 3


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(n_features, 10)
        self.fc = nn.Linear(10, 1)

    def forward(self, x):  # x: (batch, seq, features)
        x = x.transpose(0, 1)
        h0 = torch.zeros(1, x.size(1), 10)
        out, _ = self.lstm(x, (h0, torch.zeros_like(h0)))
        return self.fc(out[-1])


def probe():
    m = Model()
    result = m(torch.randn(batch_size, seq_len, n_features)).shape
    assert result == (batch_size, 1)
    result = m(torch.randn(3, seq_len, n_features)).shape
    assert result == (3, 1)
