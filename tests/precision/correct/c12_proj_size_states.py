"""LSTM with a projection: h is proj_size wide, c stays hidden_size wide."""
import torch
import torch.nn as nn


class ProjectedLSTM(nn.Module):
    def __init__(self, input_size, hidden_size, proj_size, num_layers, n_out):
        super().__init__()
        self.hidden_size = hidden_size
        self.proj_size = proj_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True,
                            bidirectional=True, proj_size=proj_size)
        self.head = nn.Linear(2 * proj_size, n_out)

    def initial_state(self, batch):
        h0 = torch.zeros(2 * self.num_layers, batch, self.proj_size)
        c0 = torch.zeros(2 * self.num_layers, batch, self.hidden_size)
        return h0, c0

    def forward(self, x):
        out, (h_n, c_n) = self.lstm(x, self.initial_state(x.shape[0]))
        return self.head(out)


def probe():
    model = ProjectedLSTM(input_size=20, hidden_size=32, proj_size=8, num_layers=2, n_out=5)
    assert model(torch.randn(4, 6, 20)).shape == (4, 6, 5)
