"""A sequence-first decoder run step by step; the steps are stacked at dim 1, (B, T, H), so
outputs[:, -1] is the last step."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, n_in=3, hid=5):
        super().__init__()
        self.hid = hid
        self.rnn = nn.GRU(n_in, hid)
        self.proj = nn.Linear(hid, n_in)
        self.head = nn.Linear(hid, 1)

    def forward(self, first, steps=4):          # first (B, n_in)
        h = torch.zeros(1, first.size(0), self.hid)
        x, outs = first.unsqueeze(0), []
        for _ in range(steps):
            y, h = self.rnn(x, h)                # y (1, B, H)
            outs.append(y.squeeze(0))
            x = self.proj(y)
        outputs = torch.stack(outs, dim=1)       # (B, T, H)
        return self.head(outputs[:, -1])


def probe():
    nn.functional.mse_loss(Decoder()(torch.randn(6, 3)), torch.randn(6, 1))
