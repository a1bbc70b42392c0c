"""A config dict; the model computes its own output width from bidirectional and hidden."""
import torch
import torch.nn as nn

CONFIG = {"embed": 8, "hidden": 6, "layers": 2, "bidirectional": True, "classes": 3}


class Classifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["embed"], cfg["hidden"], cfg["layers"], batch_first=True,
                           bidirectional=cfg["bidirectional"])
        self.out_dim = cfg["hidden"] * 2 if cfg["bidirectional"] else cfg["hidden"]
        self.fc = nn.Linear(self.out_dim, cfg["classes"])

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out.mean(1))


def probe():
    Classifier(CONFIG)(torch.randn(2, 5, 8))
    Classifier(dict(CONFIG, bidirectional=False))(torch.randn(2, 5, 8))
