"""State passed as hx=, flatten_parameters() before the call (as after .to(device))."""
import torch
from torch import nn


class GRUWrapper(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers):
        super().__init__()
        self.num_layers, self.hidden_size = num_layers, hidden_size
        self.gru = nn.GRU(input_size=input_size, hidden_size=hidden_size,
                          num_layers=num_layers, batch_first=True)

    def forward(self, x, hx=None):
        if hx is None:
            hx = x.new_zeros(self.num_layers, x.size(0), self.hidden_size)
        self.gru.flatten_parameters()
        return self.gru(x, hx=hx)


def probe():
    model = GRUWrapper(input_size=3, hidden_size=4, num_layers=2)
    y, h = model(torch.randn(2, 5, 3))
    y, h = model(torch.randn(2, 1, 3), hx=h)
    assert y.shape == (2, 1, 4)
