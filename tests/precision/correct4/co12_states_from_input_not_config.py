"""batch_size in the config equals the probe's batch, but the states take the batch from the
input (x.size(0)), so a shorter last batch works too."""
import torch
import torch.nn as nn

batch_size = 4
hidden_size = 8


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, hidden_size, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(1, x.size(0), hidden_size)
        return self.gru(x, h0)[0]


def probe():
    net = Net()
    result = net(torch.randn(batch_size, 5, 2)).shape
    assert result == (4, 5, 8)
    result = net(torch.randn(1, 5, 2)).shape
    assert result == (1, 5, 8)
