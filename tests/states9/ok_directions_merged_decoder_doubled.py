# torch: runs
# Each part of a bidirectional encoder's (h, c) has its directions merged into the features;
# the decoder is built with 2 * hidden to take them.
import torch
import torch.nn as nn


class Bridge(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.encoder = nn.LSTM(emb, hidden, num_layers=layers, bidirectional=True, batch_first=True)
        self.decoder = nn.LSTM(emb, 2 * hidden, num_layers=layers, batch_first=True)

    @staticmethod
    def _merge(state):
        if not isinstance(state, (list, tuple)):
            return torch.cat([state[0::2], state[1::2]], dim=2)
        return tuple(torch.cat([part[0::2], part[1::2]], dim=2) for part in state)

    def forward(self, x, y):
        _, state = self.encoder(x)
        out, _ = self.decoder(y, self._merge(state))
        return out


def probe():
    Bridge(8, 16, 2)(torch.randn(3, 6, 8), torch.randn(3, 4, 8))
