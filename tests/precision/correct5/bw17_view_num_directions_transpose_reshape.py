"""h_n viewed (layers, num_directions, B, H), the last layer's directions moved next to the
batch and flattened into num_directions * H."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hid, layers, bidirectional):
        super().__init__()
        self.num_directions = 2 if bidirectional else 1
        self.hid, self.layers = hid, layers
        self.rnn = nn.LSTM(n_in, hid, layers, bidirectional=bidirectional)
        self.fc = nn.Linear(self.num_directions * hid, 2)

    def forward(self, x):
        _, (h, _) = self.rnn(x)
        b = x.size(1)
        last = h.view(self.layers, self.num_directions, b, self.hid)[-1]
        return self.fc(last.transpose(0, 1).reshape(b, -1))


def probe():
    Encoder(3, 4, 2, True)(torch.randn(5, 6, 3))
    Encoder(3, 4, 2, False)(torch.randn(5, 6, 3))
