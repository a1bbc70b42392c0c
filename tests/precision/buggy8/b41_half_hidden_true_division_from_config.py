# expect: LC005 line 12
"""The per-direction size from a config written with `/`: a float hidden_size, which torch
rejects."""
import torch.nn as nn

CONFIG = {"input": 12, "hidden": 40}


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["input"], cfg["hidden"] / 2, bidirectional=True)  # fix: cfg["hidden"] // 2


def probe():
    Encoder(CONFIG)
