"""Nested YAML-like config dict; the encoder reads its own section."""
import copy

import torch
from torch import nn

CONFIG = {
    "data": {"n_mels": 64, "batch_size": 16},
    "model": {"encoder": {"hidden": 96, "layers": 3, "bidirectional": True},
              "n_speakers": 12},
}


class SpeakerEncoder(nn.Module):
    def __init__(self, n_mels, hidden, layers, bidirectional, n_speakers):
        super().__init__()
        self.rnn = nn.GRU(n_mels, hidden, layers, batch_first=True, bidirectional=bidirectional)
        self.embed = nn.Linear(hidden * (1 + int(bidirectional)), 32)
        self.classify = nn.Linear(32, n_speakers)

    def forward(self, mels):
        out, _ = self.rnn(mels)
        return self.classify(torch.relu(self.embed(out[:, -1])))


def build(cfg):
    cfg = copy.deepcopy(cfg)
    enc = cfg["model"]["encoder"]
    return SpeakerEncoder(cfg["data"]["n_mels"], enc["hidden"], enc["layers"],
                          enc["bidirectional"], cfg["model"]["n_speakers"])


def probe():
    model = build(CONFIG)
    assert model(torch.randn(3, 40, CONFIG["data"]["n_mels"])).shape == (3, 12)
