"""nn.RNN on one unbatched sequence with h0 of shape (num_layers, H)."""
import torch
import torch.nn as nn

rnn = nn.RNN(input_size=3, hidden_size=4, num_layers=3, nonlinearity="tanh")
h0 = torch.zeros(3, 4)


def probe():
    out, hn = rnn(torch.randn(10, 3), h0)
    assert hn.shape == (3, 4)
