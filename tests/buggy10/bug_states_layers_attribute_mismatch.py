"""The state helper reads a layer count kept separately from the one the LSTM was built
with."""
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self, vocab=30, hidden=12, n_layers=3):
        super().__init__()
        self.n_layers = 2  # expect: LC009
        self.hidden = hidden
        self.embed = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, n_layers)

    def init_hidden(self, bsz):
        return (torch.zeros(self.n_layers, bsz, self.hidden),
                torch.zeros(self.n_layers, bsz, self.hidden))

    def forward(self, x):
        return self.lstm(self.embed(x), self.init_hidden(x.size(1)))[0]


def probe():
    LM()(torch.randint(0, 30, (5, 2)))
