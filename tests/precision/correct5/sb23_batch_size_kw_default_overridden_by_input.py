"""init_hidden(batch_size=BATCH) has a default, but forward always passes the input's batch."""
import torch
import torch.nn as nn

BATCH = 64


class Net(nn.Module):
    def __init__(self, hidden=20):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(4, hidden)

    def init_hidden(self, batch_size=BATCH):
        return (torch.zeros(1, batch_size, self.hidden), torch.zeros(1, batch_size, self.hidden))

    def forward(self, x):
        out, _ = self.lstm(x, self.init_hidden(x.size(1)))
        return out


def probe():
    Net()(torch.randn(5, 3, 4))
