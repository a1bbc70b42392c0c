"""drop_last comes from a config dict entry that is True."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

cfg = {"batch_size": 10, "drop_last": True, "hidden": 6}
loader = DataLoader(TensorDataset(torch.randn(33, 4, 3)), batch_size=cfg["batch_size"],
                    shuffle=True, drop_last=cfg["drop_last"])
lstm = nn.LSTM(3, cfg["hidden"], batch_first=True)


def probe():
    h = torch.zeros(1, cfg["batch_size"], cfg["hidden"])
    for (x,) in loader:
        lstm(x, (h, h))
