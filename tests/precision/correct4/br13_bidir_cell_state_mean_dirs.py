"""The last layer's two directions averaged for an LSTMCell decoder: (h[-2] + h[-1]) / 2."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(8, 16, num_layers=2, bidirectional=True, batch_first=True)
        self.decoder = nn.LSTMCell(8, 16)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        state = ((h[-2] + h[-1]) / 2, (c[-2] + c[-1]) / 2)
        outs = []
        for t in range(tgt.size(1)):
            state = self.decoder(tgt[:, t], state)
            outs.append(state[0])
        return torch.stack(outs, 1)


def probe():
    result = Model()(torch.randn(3, 7, 8), torch.randn(3, 4, 8)).shape
    assert result == (3, 4, 16)
