# source: correct variant of bug_045 (the initial state a @property of a GRU encoder)
"""The property route of var_045 for a GRU, whose state is one tensor: correct."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(vocab, hidden_size)
        self.rnn = nn.GRU(hidden_size, hidden_size)

    @property
    def initial_state(self):
        return torch.zeros(1, 1, self.hidden_size)

    def forward(self, token, state):
        embedded = self.embedding(token).view(1, 1, -1)
        return self.rnn(embedded, state)


def probe():
    encoder = Encoder(20, 8)
    state = encoder.initial_state
    for token in torch.tensor([[3], [5], [7]]):
        _, state = encoder(token, state)


if __name__ == "__main__":
    probe()
