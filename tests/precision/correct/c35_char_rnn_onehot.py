"""Character RNN on one-hot inputs: input_size is the alphabet size."""
import string

import torch
import torch.nn as nn

ALPHABET = string.ascii_lowercase + " .,"
N_CHARS = len(ALPHABET)


def one_hot(text):
    idx = torch.tensor([ALPHABET.index(ch) for ch in text])
    return nn.functional.one_hot(idx, N_CHARS).float().unsqueeze(1)  # (T, 1, N_CHARS)


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden_size, n_layers):
        super().__init__()
        self.hidden_size, self.n_layers = hidden_size, n_layers
        self.rnn = nn.RNN(n_chars, hidden_size, n_layers, nonlinearity="tanh")
        self.out = nn.Linear(hidden_size, n_chars)

    def forward(self, x, h):
        y, h = self.rnn(x, h)
        return self.out(y), h

    def init_hidden(self, batch=1):
        return torch.zeros(self.n_layers, batch, self.hidden_size)


def probe():
    model = CharRNN(N_CHARS, hidden_size=12, n_layers=2)
    logits, h = model(one_hot("hello world."), model.init_hidden())
    assert logits.shape == (12, 1, N_CHARS)
