# source: correct variant of bug_036 (options in a SimpleNamespace kept on self; the states sized from the input)
"""The namespace route of var_036, written right: the states take x.size(0), and the options
give the layers and the width."""
from types import SimpleNamespace

import torch
import torch.nn as nn

args = SimpleNamespace(batch_size=8, hidden=16, embed=12, vocab=50, layers=2)


class Classifier(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.args = args
        self.embed = nn.Embedding(args.vocab, args.embed)
        self.lstm = nn.LSTM(args.embed, args.hidden, args.layers, batch_first=True)
        self.fc = nn.Linear(args.hidden, 2)

    def forward(self, x):
        h0 = torch.zeros(self.args.layers, x.size(0), self.args.hidden)
        c0 = torch.zeros(self.args.layers, x.size(0), self.args.hidden)
        out, (h_n, c_n) = self.lstm(self.embed(x), (h0, c0))
        return self.fc(h_n[-1])


def probe():
    model = Classifier(args)
    model(torch.randint(0, args.vocab, (32, 20)))
    model(torch.randint(0, args.vocab, (args.batch_size, 20)))


if __name__ == "__main__":
    probe()
