# source: https://github.com/spdin/time-series-prediction-lstm-pytorch/issues/2
# rule: LC009
# torch: RuntimeError: For unbatched 2-D input, hx and cx should also be 2-D but got (3-D, 3-D) tensors
"""Time-series LSTM: the windows arrive as (N, seq_length) with the feature axis missing;
a 2-D input is one unbatched sequence to torch, so the batched (h_0, c_0) no longer fit."""
import torch
import torch.nn as nn
from torch.autograd import Variable


class LSTM(nn.Module):
    def __init__(self, num_classes, input_size, hidden_size, num_layers, seq_length):
        super(LSTM, self).__init__()
        self.num_classes = num_classes
        self.num_layers = num_layers
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.seq_length = seq_length
        self.lstm = nn.LSTM(input_size=input_size, hidden_size=hidden_size,
                            num_layers=num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h_0 = Variable(torch.zeros(self.num_layers, x.size(0), self.hidden_size))
        c_0 = Variable(torch.zeros(self.num_layers, x.size(0), self.hidden_size))
        ula, (h_out, _) = self.lstm(x, (h_0, c_0))  # fix: feed x.view(len(x), self.seq_length, -1), the 3-D batch
        h_out = h_out.view(-1, self.hidden_size)
        return self.fc(h_out)


num_epochs = 2000
learning_rate = 0.01
input_size = 1
hidden_size = 2
num_layers = 1
num_classes = 1
seq_length = 4


def probe():
    lstm = LSTM(num_classes, input_size, hidden_size, num_layers, seq_length)
    trainX = torch.randn(10, seq_length)
    lstm(trainX)


if __name__ == "__main__":
    probe()
