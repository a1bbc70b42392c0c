"""num_layers == batch_size == 2: h0 = torch.zeros(num_layers, x.size(0), H) for a batch-first
input, the order torch documents."""
import torch
import torch.nn as nn

num_layers = 2
batch_size = 2
hidden = 3

lstm = nn.LSTM(4, hidden, num_layers, batch_first=True)


def probe():
    x = torch.randn(batch_size, 6, 4)
    h0 = torch.zeros(num_layers, x.size(0), hidden)
    out, _ = lstm(x, (h0, h0))
    assert out.shape == (2, 6, 3)
