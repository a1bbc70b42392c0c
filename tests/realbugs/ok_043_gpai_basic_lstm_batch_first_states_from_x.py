# source: https://gpai.app/s/cheatsheet/Z3cF26f4/recurrent-neural-networks
"""A recurrent-networks cheatsheet's BasicLSTM: batch_first=True, and the states are made in
forward() as torch.zeros(self.num_layers, x.size(0), self.hidden_size): the batch comes from the
input's first axis because the input is batch-first, while the state itself stays layers-first.
The head reads out[:, -1, :], the last step of a batch-first output. Looks like a state made
batch-first and a head on the wrong axis; both are right."""
import torch
import torch.nn as nn


class BasicLSTM(nn.Module):
    def __init__(self, input_size, hidden_size, output_size, num_layers=1):
        super(BasicLSTM, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        # batch_first=True means input/output tensors are (batch, seq, feature)
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        # Fully connected layer to map LSTM output to desired output_size
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        # h0 shape: (num_layers, batch_size, hidden_size)
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        # out: (batch_size, sequence_length, hidden_size)
        out, (hn, cn) = self.lstm(x, (h0, c0))
        out = self.fc(out[:, -1, :])
        return out


def probe():
    input_size = 10  # e.g., 10 features per time step
    hidden_size = 20
    output_size = 1
    num_layers = 2
    model = BasicLSTM(input_size, hidden_size, output_size, num_layers)
    assert model(torch.randn(4, 7, input_size)).shape == (4, output_size)
    assert model(torch.randn(1, 3, input_size)).shape == (1, output_size)


if __name__ == "__main__":
    probe()
