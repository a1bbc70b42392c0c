# expect: LC009 line 11
"""One unbatched sequence (L, F) with states made batched, (layers, 1, H)."""
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 5, 2)


def run():
    seq = torch.randn(7, 3)
    h0 = torch.zeros(2, 1, 5)  # fix: torch.zeros(2, 5) for an unbatched sequence
    c0 = torch.zeros(2, 1, 5)
    return lstm(seq, (h0, c0))[0]


def probe():
    run()
