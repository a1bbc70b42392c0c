# torch: runs
# Settings with one layer and an embedding dropout of 0.3: the GRU takes its own rnn_dropout
# (0.0), and a second setting that stacks two layers gives it 0.3. Nothing is lost.
import copy

import torch
import torch.nn as nn

SMALL = {
    "vocab": 40,
    "embed": 8,
    "hidden": 12,
    "layers": 1,
    "embed_dropout": 0.3,
    "rnn_dropout": 0.0,
}
DEEP = {
    "vocab": 40,
    "embed": 8,
    "hidden": 12,
    "layers": 2,
    "embed_dropout": 0.1,
    "rnn_dropout": 0.3,
}


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.embed = nn.Sequential(nn.Embedding(cfg["vocab"], cfg["embed"]),
                                   nn.Dropout(cfg["embed_dropout"]))
        self.rnn = nn.GRU(cfg["embed"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True,
                          dropout=cfg["rnn_dropout"])

    def forward(self, tokens):
        out, _ = self.rnn(self.embed(tokens))
        return out


def probe():
    tokens = torch.randint(0, 40, (5, 7))
    for settings in (SMALL, DEEP):
        assert Encoder(copy.deepcopy(settings))(tokens).shape == (5, 7, 12)
