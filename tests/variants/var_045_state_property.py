# source: variant of bug_045 (the GRU-era state is a @property of the encoder)
# rule: LC009
# torch: IndexError: index 1 is out of bounds for dimension 0 with size 1
"""bug_045 with the initial state a property: the encoder became an LSTM, the property still
returns one zeros tensor."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(vocab, hidden_size)
        self.rnn = nn.LSTM(hidden_size, hidden_size)

    @property
    def initial_state(self):
        return torch.zeros(1, 1, self.hidden_size)  # fix: an LSTM needs (h_0, c_0): a tuple of two zeros tensors

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
