"""The state's batch comes from unpacking the input's shape; the batch_size option only
drives the loader."""
import argparse
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--batch_size", type=int, default=32)
parser.add_argument("--hidden", type=int, default=24)
args = parser.parse_args([])


class Tagger(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_feat, hidden, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 4)

    def forward(self, x):
        seq_len, batch, _ = x.shape
        h0 = torch.zeros(2, batch, self.hidden)
        out, _ = self.lstm(x, (h0, torch.zeros_like(h0)))
        return self.out(out)


def probe():
    model = Tagger(10, args.hidden)
    model(torch.randn(6, args.batch_size, 10))
    model(torch.randn(6, 3, 10))
