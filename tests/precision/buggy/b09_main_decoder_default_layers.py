# expect: LC009 line 27
"""__main__-style builder: the encoder gets layers=2, the decoder keeps its default of 1."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, hidden, layers=1):
        super().__init__()
        self.rnn = nn.GRU(4, hidden, layers)

    def forward(self, x):
        return self.rnn(x)[1]


class Decoder(nn.Module):
    def __init__(self, hidden, layers=1):
        super().__init__()
        self.rnn = nn.GRU(4, hidden, layers)

    def forward(self, y, h):
        return self.rnn(y, h)[0]


def main():
    enc = Encoder(8, layers=2)
    dec = Decoder(8)  # fix: Decoder(8, layers=2)
    return dec(torch.randn(3, 2, 4), enc(torch.randn(5, 2, 4)))


def probe():
    main()


if __name__ == "__main__":
    main()
