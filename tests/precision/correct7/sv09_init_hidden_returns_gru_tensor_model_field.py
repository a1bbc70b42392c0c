"""A GRU char model whose init_hidden returns one tensor kept by the caller across batches."""
import torch
import torch.nn as nn


class CharGRU(nn.Module):
    def __init__(self, vocab, hidden, layers):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, layers)
        self.decoder = nn.Linear(hidden, vocab)
        self.hidden_size, self.n_layers = hidden, layers

    def forward(self, inp, hidden):
        out, hidden = self.gru(self.embed(inp.view(1, -1)), hidden)
        return self.decoder(out.view(inp.size(0), -1)), hidden

    def init_hidden(self, batch_size):
        return torch.zeros(self.n_layers, batch_size, self.hidden_size)


def probe():
    model = CharGRU(20, 12, 2)
    hidden = model.init_hidden(5)
    for _ in range(4):
        out, hidden = model(torch.randint(0, 20, (5,)), hidden)
    assert out.shape == (5, 20)
