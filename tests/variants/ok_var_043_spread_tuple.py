# source: correct variant of bug_043 (a factory called with *sizes and **options; a two-layer bidirectional GRU)
"""A factory called with a spread tuple and a spread dict: h0 is (2 * num_layers, batch, hidden)
for the bidirectional GRU it builds."""
import torch
import torch.nn as nn

SIZES = (4, 5)
OPTIONS = dict(num_layers=2, bidirectional=True, batch_first=True)


def make_gru(input_size, hidden_size, num_layers=1, bidirectional=False, batch_first=False):
    return nn.GRU(input_size, hidden_size, num_layers, batch_first=batch_first,
                  bidirectional=bidirectional)


def probe():
    gru = make_gru(*SIZES, **OPTIONS)
    x = torch.randn(3, 10, 4)
    h0 = torch.zeros(2 * OPTIONS["num_layers"], x.size(0), 5)
    out, h_n = gru(x, h0)
    return out[:, -1], h_n


if __name__ == "__main__":
    probe()
