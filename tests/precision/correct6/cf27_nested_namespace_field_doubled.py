"""cfg.model.hidden doubled in place for a bidirectional run before the decoder is built."""
from types import SimpleNamespace

import torch
import torch.nn as nn


def get_cfg():
    return SimpleNamespace(model=SimpleNamespace(n_in=5, hidden=8, dec_in=8))


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        m = cfg.model
        self.encoder = nn.GRU(m.n_in, m.hidden, bidirectional=True)
        self.decoder = nn.GRU(m.dec_in, 4)

    def forward(self, x):
        return self.decoder(self.encoder(x)[0])[0]


def probe():
    cfg = get_cfg()
    cfg.model.dec_in = 2 * cfg.model.hidden
    out = Model(cfg)(torch.randn(6, 2, 5))
    assert out.shape == (6, 2, 4)
