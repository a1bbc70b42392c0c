"""A training loop stores its batch size in a config dict but builds the state from
`len(batch)`, so the last, shorter batch fits."""
import torch
from torch import nn

config = {"batch_size": 16, "hidden": 20, "layers": 1, "features": 6}


class Classifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.rnn = nn.LSTM(cfg["features"], cfg["hidden"], cfg["layers"])
        self.head = nn.Linear(cfg["hidden"], 3)

    def forward(self, batch):
        n = len(batch)
        h = torch.zeros(self.cfg["layers"], n, self.cfg["hidden"])
        c = torch.zeros(self.cfg["layers"], n, self.cfg["hidden"])
        out, _ = self.rnn(batch.permute(1, 0, 2), (h, c))
        return self.head(out[-1])


def probe():
    model = Classifier(config)
    data = torch.randn(37, 9, 6)
    for start in range(0, len(data), config["batch_size"]):
        model(data[start:start + config["batch_size"]])
