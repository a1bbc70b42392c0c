"""A module-level helper builds (h_0, c_0) for any stack: layers times directions rows, called
from forward with the layer's own settings."""
import torch
import torch.nn as nn


def zero_state(num_layers, num_directions, batch, hidden, like):
    shape = (num_layers * num_directions, batch, hidden)
    return like.new_zeros(shape), like.new_zeros(shape)


class Tagger(nn.Module):
    def __init__(self, vocab, emb, hidden, layers, tags):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, layers, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, tags)
        self.hidden, self.layers = hidden, layers

    def forward(self, tokens):
        x = self.embed(tokens)
        state = zero_state(self.layers, 2, tokens.size(0), self.hidden, x)
        out, _ = self.lstm(x, state)
        return self.out(out)


def probe():
    model = Tagger(50, 12, 16, 2, 5)
    assert model(torch.randint(0, 50, (3, 9))).shape == (3, 9, 5)
