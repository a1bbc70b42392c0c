# expect: LC007 line 14
"""num_directions = 2 if opt.brnn else 1 is computed but the head takes hidden only."""
import argparse

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, opt):
        super().__init__()
        self.num_directions = 2 if opt.brnn else 1
        self.rnn = nn.GRU(opt.emb, opt.hidden, batch_first=True, bidirectional=opt.brnn)
        self.out = nn.Linear(opt.hidden, 2)  # fix: opt.hidden * self.num_directions

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


def probe():
    p = argparse.ArgumentParser()
    p.add_argument("--brnn", action="store_true")
    p.add_argument("--emb", type=int, default=4)
    p.add_argument("--hidden", type=int, default=6)
    Encoder(p.parse_args(["--brnn"]))(torch.randn(3, 5, 4))
