"""A JSON text with one section per model; json.loads, then each model built from its own
section, the decoder's input the encoder's output width as the JSON says."""
import json

import torch
import torch.nn as nn

CONFIG = json.loads("""
{
  "encoder": {"input_size": 6, "hidden_size": 12, "bidirectional": true},
  "decoder": {"input_size": 24, "hidden_size": 10, "bidirectional": false},
  "n_out": 4
}
""")


class Pipeline(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = nn.GRU(batch_first=True, **cfg["encoder"])
        self.decoder = nn.GRU(batch_first=True, **cfg["decoder"])
        self.out = nn.Linear(cfg["decoder"]["hidden_size"], cfg["n_out"])

    def forward(self, x):
        x, _ = self.encoder(x)
        x, _ = self.decoder(x)
        return self.out(x)


def probe():
    assert Pipeline(CONFIG)(torch.randn(2, 7, 6)).shape == (2, 7, 4)
