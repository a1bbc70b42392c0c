# source: https://github.com/pytorch/pytorch/issues/65053
"""A bidirectional, 2-layer LSTM with projections: the output has 2 * proj_size features, the
states (2 * num_layers, batch, proj_size) and (2 * num_layers, batch, hidden_size)."""
import torch
import torch.nn as nn


class ProjectedBiLSTM(nn.Module):
    def __init__(self, input_size=10, hidden_size=20, proj_size=6, num_layers=2, n_out=3):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.proj_size = proj_size
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers=num_layers, proj_size=proj_size,
                           bidirectional=True)
        self.head = nn.Linear(2 * proj_size, n_out)

    def forward(self, x):
        batch = x.size(1)
        h0 = torch.zeros(2 * self.num_layers, batch, self.proj_size)
        c0 = torch.zeros(2 * self.num_layers, batch, self.hidden_size)
        output, (h_n, c_n) = self.rnn(x, (h0, c0))
        return self.head(output[-1])


def probe():
    ProjectedBiLSTM()(torch.randn(5, 3, 10))


if __name__ == "__main__":
    probe()
