# expect: LC008 line 19
"""A nested config: the encoder is bidirectional, the decoder takes its outputs as if one-way."""
import torch
import torch.nn as nn

CONFIG = {
    "model": {
        "encoder": {"input": 6, "hidden": 10, "bidirectional": True},
        "decoder": {"hidden": 12},
    },
}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        enc, dec = cfg["model"]["encoder"], cfg["model"]["decoder"]
        self.encoder = nn.GRU(enc["input"], enc["hidden"], bidirectional=enc["bidirectional"])
        self.decoder = nn.GRU(enc["hidden"], dec["hidden"])  # fix: 2 * enc["hidden"]

    def forward(self, x):
        return self.decoder(self.encoder(x)[0])[0]


def probe():
    Model(CONFIG)(torch.randn(5, 2, 6))
