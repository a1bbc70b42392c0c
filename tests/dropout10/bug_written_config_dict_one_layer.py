# torch: warns: dropout option adds dropout after all but last recurrent layer
# The experiment's settings are a dict the script deep-copies before each run; the encoder reads
# its depth and its dropout from it, and the settings ask for one layer with dropout 0.3.
import copy

import torch
import torch.nn as nn

SETTINGS = {
    "vocab": 40,
    "embed": 8,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.3,
    "classes": 3,
}


class Classifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.embed = nn.Embedding(cfg["vocab"], cfg["embed"])
        self.rnn = nn.GRU(cfg["embed"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True,
                          dropout=cfg["dropout"])  # fix: dropout=cfg["dropout"] if cfg["layers"] > 1 else 0
        self.head = nn.Linear(cfg["hidden"], cfg["classes"])

    def forward(self, tokens):
        _, h_n = self.rnn(self.embed(tokens))
        return self.head(h_n[-1])


def run(overrides=None):
    cfg = copy.deepcopy(SETTINGS)
    cfg.update(overrides or {})
    model = Classifier(cfg)
    return model(torch.randint(0, cfg["vocab"], (5, 7)))


def probe():
    assert run().shape == (5, 3)
