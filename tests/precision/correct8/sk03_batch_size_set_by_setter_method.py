"""A plain setter `set_batch_size` (no torch name) stores the batch the state maker reads; the
caller sets it to each batch's size before the forward pass."""
import torch
import torch.nn as nn


class StatefulLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.batch_size = 1

    def set_batch_size(self, n):
        self.batch_size = n

    def init_state(self):
        z = torch.zeros(1, self.batch_size, self.lstm.hidden_size)
        return z, z.clone()

    def forward(self, x):
        return self.lstm(x, self.init_state())[0]


def probe():
    model = StatefulLSTM(3, 7)
    for b in (4, 9, 2):
        model.set_batch_size(b)
        assert model(torch.randn(b, 5, 3)).shape == (b, 5, 7)
