# torch: runs
# The language model of bug_rewrapped_gru_list_state_layers starting each one-layer GRU from
# its own one-layer state, kept in a list wrapped the same way.
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
        return torch.zeros(1, batch, self.size)

    def forward(self, tokens):
        x = self.embed(tokens)
        for layer in self.layers:
            x, _ = layer(x, self.init_hidden(tokens.size(1)))
        return self.decoder(x)


def probe():
    GRULanguageModel()(torch.randint(0, 40, (6, 4)))
