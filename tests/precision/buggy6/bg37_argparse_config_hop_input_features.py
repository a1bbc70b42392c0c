# expect: LC008 line 12
"""vars(args) copied into a config; the data has N_MFCC * 3 features (deltas), the input counts n_mfcc."""
import argparse

import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.rnn = nn.LSTM(config["n_mfcc"], config["hidden"], batch_first=True)  # fix: config["n_mfcc"] * 3

    def forward(self, feats):
        return self.rnn(feats)[0]


def features(mfcc):
    delta = mfcc[:, 1:] - mfcc[:, :-1]
    delta = torch.cat([delta[:, :1], delta], dim=1)
    return torch.cat([mfcc, delta, delta], dim=2)


def probe():
    p = argparse.ArgumentParser()
    p.add_argument("--n_mfcc", type=int, default=13)
    p.add_argument("--hidden", type=int, default=20)
    config = vars(p.parse_args([]))
    Model(config)(features(torch.randn(2, 10, 13)))
