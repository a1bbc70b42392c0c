"""A config returned as a dict literal, then updated with the run's sizes before the model is built."""
import torch
import torch.nn as nn


def default_config():
    return {"input_size": 8, "hidden_size": 16, "num_layers": 1, "dropout": 0.0}


class Tagger(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["input_size"], cfg["hidden_size"], cfg["num_layers"],
                           dropout=cfg["dropout"], batch_first=True)
        self.out = nn.Linear(cfg["hidden_size"], 5)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def probe():
    cfg = default_config()
    cfg.update({"input_size": 12, "num_layers": 2, "dropout": 0.3})
    model = Tagger(cfg)
    out = model(torch.randn(3, 7, 12))
    assert out.shape == (3, 7, 5)
