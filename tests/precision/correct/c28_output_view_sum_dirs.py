"""The two directions of a bidirectional GRU's output are summed through a view."""
import torch
import torch.nn as nn


class SummedBiGRU(nn.Module):
    def __init__(self, input_size, hidden_size, n_out):
        super().__init__()
        self.hidden_size = hidden_size
        self.gru = nn.GRU(input_size, hidden_size, bidirectional=True)
        self.out = nn.Linear(hidden_size, n_out)

    def forward(self, x):
        seq_len, batch, _ = x.size()
        output, _ = self.gru(x)
        output = output.view(seq_len, batch, 2, self.hidden_size).sum(dim=2)
        return self.out(output)


def probe():
    model = SummedBiGRU(input_size=4, hidden_size=6, n_out=3)
    assert model(torch.randn(5, 2, 4)).shape == (5, 2, 3)
