# source: https://github.com/pytorch/pytorch/pull/47725
"""An LSTM with projections: h_0 has proj_size features, c_0 has hidden_size, and the head
reads proj_size features. Looks mismatched, is right."""
import torch
import torch.nn as nn


class ProjectedLSTM(nn.Module):
    def __init__(self, input_size=10, hidden_size=20, proj_size=5, num_layers=2, n_out=3):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.proj_size = proj_size
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, proj_size=proj_size,
                            batch_first=True)
        self.head = nn.Linear(proj_size, n_out)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.proj_size)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        out, (h_n, c_n) = self.lstm(x, (h0, c0))
        return self.head(out[:, -1, :])


def probe():
    ProjectedLSTM()(torch.randn(4, 6, 10))


if __name__ == "__main__":
    probe()
