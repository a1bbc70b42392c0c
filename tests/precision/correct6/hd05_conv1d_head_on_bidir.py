"""A Conv1d head over a BiLSTM's output: in_channels = 2 * hidden after the transpose."""
import torch
import torch.nn as nn


class BiLSTMConv(nn.Module):
    def __init__(self, n_in=4, hidden=10, n_out=3):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.conv = nn.Conv1d(2 * hidden, n_out, kernel_size=3, padding=1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.conv(out.transpose(1, 2))


def probe():
    out = BiLSTMConv()(torch.randn(2, 8, 4))
    assert out.shape == (2, 3, 8)
