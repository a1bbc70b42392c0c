"""A wrapper forwards `*args, **kwargs` to nn.LSTM and reads the built layer's attributes for
its head; sites pass sizes positionally and options by keyword."""
import torch
import torch.nn as nn


class LSTMWithHead(nn.Module):
    def __init__(self, n_out, *args, **kwargs):
        super().__init__()
        self.lstm = nn.LSTM(*args, **kwargs)
        directions = 2 if self.lstm.bidirectional else 1
        self.head = nn.Linear(directions * self.lstm.hidden_size, n_out)

    def forward(self, x):
        return self.head(self.lstm(x)[0])


def probe():
    a = LSTMWithHead(3, 6, 10)
    b = LSTMWithHead(3, 6, 10, 2, bidirectional=True, batch_first=True)
    c = LSTMWithHead(3, input_size=6, hidden_size=4, dropout=0.0)
    assert a(torch.randn(5, 2, 6)).shape == (5, 2, 3)
    assert b(torch.randn(2, 5, 6)).shape == (2, 5, 3)
    assert c(torch.randn(5, 2, 6)).shape == (5, 2, 3)
