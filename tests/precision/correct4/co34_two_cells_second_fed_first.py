"""Two stacked LSTMCells done right: the second cell is fed the first's h, not the input;
INPUT_SIZE == HIDDEN_SIZE here, and the code holds for any two."""
import torch
from torch import nn

INPUT_SIZE = 10
HIDDEN_SIZE = 10


class TwoLayer(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.cell0 = nn.LSTMCell(input_size, hidden_size)
        self.cell1 = nn.LSTMCell(hidden_size, hidden_size)

    def forward(self, input_):
        max_time, batch_size, _ = input_.size()
        hx0 = (input_.new_zeros(batch_size, self.hidden_size), input_.new_zeros(batch_size, self.hidden_size))
        hx1 = (input_.new_zeros(batch_size, self.hidden_size), input_.new_zeros(batch_size, self.hidden_size))
        for t in range(max_time):
            hx0 = self.cell0(input_[t], hx0)
            hx1 = self.cell1(hx0[0], hx1)
        return hx1[0]


model = TwoLayer(INPUT_SIZE, HIDDEN_SIZE)


def probe():
    result = model(torch.randn(5, 3, INPUT_SIZE)).shape
    assert result == (3, HIDDEN_SIZE)
    result = TwoLayer(4, 7)(torch.randn(5, 3, 4)).shape
    assert result == (3, 7)
