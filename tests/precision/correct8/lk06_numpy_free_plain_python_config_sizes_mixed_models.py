"""A file with a recurrent model and an MLP baseline sharing a config; the MLP's `hidden` and
`layers` keys build Linears only, the RNN's sizes are right."""
import torch
import torch.nn as nn

CONFIG = {"mlp": {"hidden": 64, "layers": 3}, "rnn": {"hidden": 20, "layers": 2}, "n_in": 5}


def mlp(cfg):
    dims = [cfg["n_in"]] + [cfg["mlp"]["hidden"]] * cfg["mlp"]["layers"]
    blocks = [nn.Sequential(nn.Linear(a, b), nn.ReLU()) for a, b in zip(dims, dims[1:])]
    return nn.Sequential(*blocks, nn.Linear(dims[-1], 1))


class RNN(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.GRU(cfg["n_in"], cfg["rnn"]["hidden"], cfg["rnn"]["layers"], batch_first=True)
        self.fc = nn.Linear(cfg["rnn"]["hidden"], 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def probe():
    x = torch.randn(4, 9, 5)
    assert mlp(CONFIG)(x[:, -1]).shape == RNN(CONFIG)(x).shape == (4, 1)
