"""The default input_dim is for MFCCs; this run loads 80-dim filterbanks and says so."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--input_dim", type=int, default=13)
parser.add_argument("--hidden", type=int, default=32)
parser.add_argument("--bidirectional", action="store_true")


class AcousticModel(nn.Module):
    def __init__(self, input_dim, hidden, bidirectional, n_phones):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden, 2, bidirectional=bidirectional)
        self.out = nn.Linear(hidden * (2 if bidirectional else 1), n_phones)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y)


def load_features(batch, frames):
    return torch.randn(frames, batch, 80)  # stands in for reading fbank features from disk


def run(argv):
    args = parser.parse_args(argv)
    model = AcousticModel(args.input_dim, args.hidden, args.bidirectional, n_phones=42)
    return model(load_features(batch=3, frames=20))


def probe():
    assert run(["--input_dim", "80", "--bidirectional"]).shape == (20, 3, 42)
    assert run(["--input_dim", "80"]).shape == (20, 3, 42)
