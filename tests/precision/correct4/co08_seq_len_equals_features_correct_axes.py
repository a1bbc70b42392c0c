"""A 28x28 image read row by row: seq_len == input_size == 28; the LSTM's input_size is the
row width and the sequence runs over rows (the MNIST-RNN tutorial)."""
import torch
import torch.nn as nn

sequence_length = 28
input_size = 28
hidden_size = 64
num_layers = 2
num_classes = 10


class RNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, num_classes):
        super().__init__()
        self.hidden_size, self.num_layers = hidden_size, num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


model = RNN(input_size, hidden_size, num_layers, num_classes)


def probe():
    images = torch.randn(5, 1, 28, 28)
    result = model(images.reshape(-1, sequence_length, input_size)).shape
    assert result == (5, 10)
