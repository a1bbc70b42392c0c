# source: https://github.com/casperboone/dltpy/pull/15
"""dltpy's BiRNN (type prediction from embeddings): the batch_first bidirectional LSTM gets
h0/c0 of (num_layers * 2, x.size(0), hidden), layers and directions first and the batch from
x.size(0), and the last step's 2 * hidden features go through nn.Linear(hidden * 2, ...)."""
import torch
import torch.nn as nn

device = torch.device("cpu")


class BiRNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, output_size):
        super(BiRNN, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True,
                            bidirectional=True)
        self.lin = nn.Linear(hidden_size * 2, output_size)  # 2 for bidirection

    def forward(self, x):
        # Set initial states
        h0 = torch.zeros(self.num_layers * 2, x.size(0), self.hidden_size).to(device)  # 2 for bidirection
        c0 = torch.zeros(self.num_layers * 2, x.size(0), self.hidden_size).to(device)
        # Forward propagate LSTM
        # out: tensor of shape (batch_size, seq_length, hidden_size*2)
        out, _ = self.lstm(x, (h0, c0))
        # Decode the hidden state of the last time step
        out = out[:, -1, :]
        out = self.lin(out)
        return out


def probe():
    model = BiRNN(input_size=14, hidden_size=32, num_layers=2, output_size=100)
    assert model(torch.randn(5, 55, 14)).shape == (5, 100)


if __name__ == "__main__":
    probe()
