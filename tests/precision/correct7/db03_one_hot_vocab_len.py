"""Characters one-hot encoded with len(vocab) columns; the RNN takes len(vocab) features."""
import torch
import torch.nn as nn

TEXT = "hello world, hello torch"
VOCAB = sorted(set(TEXT))
INDEX = {ch: i for i, ch in enumerate(VOCAB)}


def encode(text):
    x = torch.zeros(len(text), len(VOCAB))
    for t, ch in enumerate(text):
        x[t, INDEX[ch]] = 1.0
    return x.unsqueeze(1)


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden):
        super().__init__()
        self.rnn = nn.RNN(n_chars, hidden)
        self.out = nn.Linear(hidden, n_chars)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def probe():
    model = CharRNN(len(VOCAB), 12)
    assert model(encode(TEXT)).shape == (len(TEXT), 1, len(VOCAB))
