# source: https://github.com/pytorch/pytorch/issues/1255
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 1, 16), got [2, 5, 16]
"""A batch_first LSTM whose forward views the batch as (1, batch_len, input_dim): under
batch_first that is one sequence of batch_len steps, so the (num_layers, batch_len, hidden)
state built by init_hidden has the wrong batch size."""
import torch
import torch.nn as nn
from torch.autograd import Variable


class LSTMRegressor(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers, batch_len, dropout=0.2):
        super(LSTMRegressor, self).__init__()
        self.input_dim = input_dim
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.batch_len = batch_len
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers, dropout=dropout, batch_first=True)
        self.hidden2out = nn.Linear(hidden_dim, 1)
        self.hidden = self.init_hidden()

    def init_hidden(self):
        h_0 = Variable(torch.zeros(self.num_layers, self.batch_len, self.hidden_dim))
        c_0 = Variable(torch.zeros(self.num_layers, self.batch_len, self.hidden_dim))
        return (h_0, c_0)

    def forward(self, sequences):
        lstm_out, self.hidden = self.lstm(sequences.view(1, self.batch_len, self.input_dim), self.hidden)  # fix: view(self.batch_len, 1, self.input_dim) under batch_first
        return self.hidden2out(lstm_out[:, -1])


def probe():
    model = LSTMRegressor(input_dim=6, hidden_dim=16, num_layers=2, batch_len=5)
    model(torch.randn(5, 6))


if __name__ == "__main__":
    probe()
