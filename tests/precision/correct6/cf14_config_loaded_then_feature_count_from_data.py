"""The config's input size is replaced by the data's column count before the model is built."""
import torch
import torch.nn as nn


def load_config():
    return {"model": {"input_size": None, "hidden_size": 32}, "train": {"batch": 8}}


class Regressor(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.linear = nn.Linear(hidden_size, 1)

    def forward(self, x):
        return self.linear(self.lstm(x)[0][:, -1, :])


def probe():
    cfg = load_config()
    data = torch.randn(40, 15, 7)
    cfg["model"]["input_size"] = data.shape[-1]
    model = Regressor(**cfg["model"])
    out = model(data[: cfg["train"]["batch"]])
    assert out.shape == (8, 1)
