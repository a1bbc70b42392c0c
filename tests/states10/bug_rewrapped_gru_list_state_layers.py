# torch: RuntimeError: Expected hidden size (1, 4, 12), got [3, 4, 12]
# A language model builds a list of one-layer GRUs, wraps it in a ModuleList under the same
# name, and starts each of them from a state made for the whole depth, (n_layers, B, H).
import torch
from torch import nn


class GRULanguageModel(nn.Module):
    def __init__(self, vocab=40, size=12, n_layers=3):
        super().__init__()
        self.size, self.n_layers = size, n_layers
        self.embed = nn.Embedding(vocab, size)
        self.layers = [nn.GRU(size, size) for _ in range(n_layers)]
        self.layers = nn.ModuleList(self.layers)
        self.decoder = nn.Linear(size, vocab)

    def init_hidden(self, batch):
        return torch.zeros(self.n_layers, batch, self.size)  # fix: one layer's state each: torch.zeros(1, batch, self.size)

    def forward(self, tokens):
        x = self.embed(tokens)
        for layer in self.layers:
            x, _ = layer(x, self.init_hidden(tokens.size(1)))
        return self.decoder(x)


def probe():
    GRULanguageModel()(torch.randint(0, 40, (6, 4)))
