"""hidden_size is the total width: each direction gets half; the head takes the total."""
import torch
import torch.nn as nn

CONFIG = {"input_size": 10, "hidden_size": 64, "bidirectional": True, "n_classes": 4}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        per_direction = cfg["hidden_size"] // (2 if cfg["bidirectional"] else 1)
        self.rnn = nn.LSTM(cfg["input_size"], per_direction, batch_first=True,
                           bidirectional=cfg["bidirectional"])
        self.fc = nn.Linear(cfg["hidden_size"], cfg["n_classes"])

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def probe():
    out = Model(CONFIG)(torch.randn(2, 6, 10))
    assert out.shape == (2, 4)
    one_way = dict(CONFIG, bidirectional=False)
    out = Model(one_way)(torch.randn(2, 6, 10))
    assert out.shape == (2, 4)
