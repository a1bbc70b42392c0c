"""An Elman RNN over one sequence with h0 (num_layers, hidden): unbatched states."""
import torch
import torch.nn as nn

rnn = nn.RNN(input_size=2, hidden_size=4, num_layers=3, nonlinearity="relu")


def probe():
    seq = torch.randn(10, 2)
    h0 = torch.zeros(3, 4)
    out, hn = rnn(seq, h0)
    assert out.shape == (10, 4) and hn.shape == (3, 4)
