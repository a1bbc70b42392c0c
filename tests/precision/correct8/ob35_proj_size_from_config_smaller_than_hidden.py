"""proj_size from a config dict, checked smaller than hidden_size where it is read; the states
follow it (h of proj_size, c of hidden_size)."""
import torch
import torch.nn as nn

CONFIGS = [{"hidden": 64, "proj": 16}, {"hidden": 32, "proj": 0}]


class ProjectedLSTM(nn.Module):
    def __init__(self, n_in, cfg):
        super().__init__()
        if cfg["proj"] >= cfg["hidden"]:
            raise ValueError("proj must be smaller than hidden")
        self.lstm = nn.LSTM(n_in, cfg["hidden"], proj_size=cfg["proj"])
        self.h_size = cfg["proj"] or cfg["hidden"]

    def forward(self, x):
        h0 = torch.zeros(1, x.size(1), self.h_size)
        c0 = torch.zeros(1, x.size(1), self.lstm.hidden_size)
        return self.lstm(x, (h0, c0))[0]


def probe():
    for cfg in CONFIGS:
        assert ProjectedLSTM(5, cfg)(torch.randn(4, 2, 5)).shape == (4, 2, cfg["proj"] or cfg["hidden"])
