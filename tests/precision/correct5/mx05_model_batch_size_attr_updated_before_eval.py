"""model.batch_size is set to the test set's size before evaluation, and init_hidden reads it."""
import torch
import torch.nn as nn


class LSTMNet(nn.Module):
    def __init__(self, input_dim, hidden_dim, batch_size):
        super().__init__()
        self.hidden_dim, self.batch_size = hidden_dim, batch_size
        self.lstm = nn.LSTM(input_dim, hidden_dim)
        self.linear = nn.Linear(hidden_dim, 1)

    def init_hidden(self):
        return (torch.zeros(1, self.batch_size, self.hidden_dim),
                torch.zeros(1, self.batch_size, self.hidden_dim))

    def forward(self, x):   # (L, B, F)
        self.hidden = self.init_hidden()
        out, self.hidden = self.lstm(x, self.hidden)
        return self.linear(out[-1])


def probe():
    model = LSTMNet(3, 10, batch_size=32)
    model(torch.randn(6, 32, 3))
    test_x = torch.randn(6, 17, 3)
    model.batch_size = test_x.size(1)
    model(test_x)
