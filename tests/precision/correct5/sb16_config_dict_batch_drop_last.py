"""A config dict drives the loader and the states; drop_last comes from the same dict."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

config = {
    "batch_size": 10,
    "hidden_size": 24,
    "num_layers": 2,
    "input_size": 6,
    "drop_last": True,
}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.lstm = nn.LSTM(cfg["input_size"], cfg["hidden_size"], cfg["num_layers"], batch_first=True)

    def forward(self, x):
        shape = (self.cfg["num_layers"], self.cfg["batch_size"], self.cfg["hidden_size"])
        return self.lstm(x, (torch.zeros(shape), torch.zeros(shape)))[0]


def probe():
    model = Model(config)
    data = TensorDataset(torch.randn(57, 4, config["input_size"]))
    for (x,) in DataLoader(data, batch_size=config["batch_size"], drop_last=config["drop_last"]):
        model(x)
