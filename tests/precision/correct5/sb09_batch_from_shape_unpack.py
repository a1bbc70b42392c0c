"""batch, seq_len, _ = x.shape, and the states use that batch."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(8, 16, num_layers=3, batch_first=True, nonlinearity="relu")
        self.fc = nn.Linear(16, 4)

    def forward(self, x):
        batch, seq_len, _ = x.shape
        h0 = torch.zeros(3, batch, 16)
        out, _ = self.rnn(x, h0)
        return self.fc(out.reshape(batch * seq_len, 16))


def probe():
    net = Net()
    for n in (5, 2):
        net(torch.randn(n, 7, 8))
