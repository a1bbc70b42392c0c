"""The model reads its sizes from the config it is given."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        m = cfg["model"]
        self.rnn = nn.LSTM(cfg["data"]["n_features"], m["hidden"], m["layers"], dropout=m["dropout"],
                           bidirectional=m["bidirectional"], batch_first=True)
        self.rows = m["layers"] * (2 if m["bidirectional"] else 1)
        self.hidden = m["hidden"]
        self.head = nn.Linear(m["hidden"] * (2 if m["bidirectional"] else 1), 2)

    def forward(self, x):
        h = torch.zeros(self.rows, x.size(0), self.hidden)
        out, _ = self.rnn(x, (h, h))
        return self.head(out[:, -1])
