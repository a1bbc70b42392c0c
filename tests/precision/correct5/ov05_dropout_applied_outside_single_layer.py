"""A one-layer LSTM with an nn.Dropout on its output instead of the dropout= argument."""
import argparse

import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.lstm = nn.LSTM(args.input_dim, args.hidden_dim, batch_first=True)
        self.dropout = nn.Dropout(args.dropout)
        self.fc = nn.Linear(args.hidden_dim, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(self.dropout(out[:, -1]))


def probe():
    p = argparse.ArgumentParser()
    p.add_argument("--input_dim", type=int, default=4)
    p.add_argument("--hidden_dim", type=int, default=8)
    p.add_argument("--dropout", type=float, default=0.5)
    Model(p.parse_args([]))(torch.randn(3, 5, 4))
