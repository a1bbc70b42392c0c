"""One unbatched sequence (L, F); a latent code viewed to the 2-D state (layers, H)."""
import torch
import torch.nn as nn

LAYERS, HID = 2, 5


class Generator(nn.Module):
    def __init__(self, z_dim=4, n_out=3):
        super().__init__()
        self.to_state = nn.Linear(z_dim, LAYERS * HID)
        self.rnn = nn.GRU(n_out, HID, LAYERS)
        self.out = nn.Linear(HID, n_out)

    def forward(self, z, steps=6):       # z (z_dim,)
        h = self.to_state(z).view(LAYERS, HID)
        x = torch.zeros(steps, 3)
        y, _ = self.rnn(x, h)
        return self.out(y)


def probe():
    assert Generator()(torch.randn(4)).shape == (6, 3)
