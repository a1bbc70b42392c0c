"""A module constant HIDDEN passed in; the script's main uses a local of another value for both."""
import torch
import torch.nn as nn

HIDDEN = 128


class Encoder(nn.Module):
    def __init__(self, n_in, hidden=HIDDEN):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden)
        self.hidden = hidden

    def forward(self, x):
        h0 = torch.zeros(1, x.size(1), self.hidden)
        return self.rnn(x, (h0, h0))[0]


def main():
    HIDDEN = 16  # noqa: N806 - a smaller model for the smoke test
    enc = Encoder(3, HIDDEN)
    head = nn.Linear(HIDDEN, 1)
    return head(enc(torch.randn(4, 2, 3)))


def probe():
    out = main()
    assert out.shape == (4, 2, 1)
