"""parse_known_args keeps the options it knows and leaves the rest to a launcher."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--input-dim", type=int, default=3)
parser.add_argument("--hidden-dim", type=int, default=20)
parser.add_argument("--num-layers", type=int, default=2)
parser.add_argument("--dropout", type=float, default=0.25)
args, unknown = parser.parse_known_args(["--hidden-dim", "24", "--local_rank", "0"])


class Regressor(nn.Module):
    def __init__(self, opt):
        super().__init__()
        self.lstm = nn.LSTM(opt.input_dim, opt.hidden_dim, opt.num_layers,
                            dropout=opt.dropout, batch_first=True)
        self.fc = nn.Linear(opt.hidden_dim, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


model = Regressor(args)


def probe():
    assert unknown == ["--local_rank", "0"]
    assert model(torch.randn(6, 12, 3)).shape == (6, 1)
