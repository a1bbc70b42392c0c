# source: https://github.com/yunjey/pytorch-tutorial/blob/master/tutorials/02-intermediate/recurrent_neural_network/main.py
"""batch_first=True input with states built (num_layers, x.size(0), hidden_size): states are
never batch-first, and x.size(0) is the batch here."""
import torch
import torch.nn as nn

sequence_length = 28
input_size = 28
hidden_size = 16
num_layers = 2
num_classes = 10


class RNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, num_classes):
        super(RNN, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


def probe():
    model = RNN(input_size, hidden_size, num_layers, num_classes)
    model(torch.randn(3, sequence_length, input_size))


if __name__ == "__main__":
    probe()
