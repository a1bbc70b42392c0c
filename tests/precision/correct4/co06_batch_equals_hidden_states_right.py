"""batch 16 and hidden 16: h0 is (num_layers, batch, hidden) in that order, from the right
names."""
import torch
import torch.nn as nn

BATCH = 16
HIDDEN = 16
LAYERS = 2

rnn = nn.RNN(4, HIDDEN, LAYERS, batch_first=True)


def probe():
    x = torch.randn(BATCH, 9, 4)
    h0 = torch.zeros(LAYERS, BATCH, HIDDEN)
    out, hn = rnn(x, h0)
    assert out.shape == (BATCH, 9, HIDDEN) and hn.shape == (LAYERS, BATCH, HIDDEN)
