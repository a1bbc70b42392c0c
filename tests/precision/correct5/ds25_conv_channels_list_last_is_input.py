"""Conv channels listed in a config; the LSTM's input_size is the last entry, and pooling
reduces only time."""
import torch
import torch.nn as nn

CONV_CHANNELS = [16, 32, 48]


class ConvRNN(nn.Module):
    def __init__(self, n_in=8, hidden=20):
        super().__init__()
        layers, prev = [], n_in
        for ch in CONV_CHANNELS:
            layers += [nn.Conv1d(prev, ch, 3, padding=1), nn.ReLU(), nn.MaxPool1d(2)]
            prev = ch
        self.conv = nn.Sequential(*layers)
        self.rnn = nn.GRU(CONV_CHANNELS[-1], hidden, batch_first=True)

    def forward(self, x):                       # (B, n_in, T)
        return self.rnn(self.conv(x).transpose(1, 2))[0]


def probe():
    assert ConvRNN()(torch.randn(2, 8, 64)).shape == (2, 8, 20)
