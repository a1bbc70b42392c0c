"""main() builds encoder and decoder positionally with the same depth; defaults differ."""
import torch
from torch import nn


class Enc(nn.Module):
    def __init__(self, n_in, hidden, n_layers=2):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, n_layers, batch_first=True)

    def forward(self, x):
        return self.gru(x)[1]


class Dec(nn.Module):
    def __init__(self, n_in, hidden, n_layers=1):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, n_layers, batch_first=True)
        self.head = nn.Linear(hidden, n_in)

    def forward(self, y, h):
        out, h = self.gru(y, h)
        return self.head(out), h


def main(hidden=20, layers=3):
    enc = Enc(5, hidden, layers)
    dec = Dec(5, hidden, layers)
    h = enc(torch.randn(4, 9, 5))
    y = torch.zeros(4, 1, 5)
    for _ in range(3):
        y, h = dec(y, h)
    return y


def probe():
    assert main().shape == (4, 1, 5)


if __name__ == "__main__":
    main()
