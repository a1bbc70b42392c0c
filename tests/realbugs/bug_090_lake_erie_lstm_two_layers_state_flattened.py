# source: https://github.com/cpuheater/pytorch_examples/issues/2
# rule: LC007
# torch: RuntimeError: The size of tensor a (24) must match the size of tensor b (12) at non-singleton dimension 0
"""cpuheater's time-series example (timeseries/LSTM.py, monthly Lake Erie levels): the head reads
the final hidden state through h_out.view(-1, hidden_size). With num_layers = 1 that is
(batch, hidden); the report changes num_layers to 2 and the view silently makes
(2 * batch, hidden), one row per layer and sample, so the Linear is fed twice the rows and the
MSE loss fails against the targets: "num_layers param doesn't work"."""
import torch
import torch.nn as nn


def sliding_windows(data, seq_length):
    x = []
    y = []
    for i in range(len(data) - seq_length - 1):
        x.append(data[i:(i + seq_length)])
        y.append(data[i + seq_length])
    return torch.stack(x), torch.stack(y)


seq_length = 7
learning_rate = 0.01
input_size = 1
hidden_size = 5
num_classes = 1
num_layers = 2
num_epochs = 400


class LSTM(nn.Module):

    def __init__(self, num_classes, input_size, hidden_size, num_layers):
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
        h_0 = torch.zeros((self.num_layers, x.size(0), self.hidden_size), requires_grad=True)
        c_0 = torch.zeros((self.num_layers, x.size(0), self.hidden_size), requires_grad=True)
        # Propagate input through LSTM
        ula, (h_out, _) = self.lstm(x, (h_0, c_0))
        h_out = h_out.view(-1, self.hidden_size)  # fix: read the last layer only: h_out[-1] (or h_out.view(num_layers, -1, hidden_size)[-1])
        out = self.fc(h_out)
        return out


def probe():
    training_data = torch.rand(20, 1)
    trainX, trainY = sliding_windows(training_data, seq_length)
    lstm = LSTM(num_classes, input_size, hidden_size, num_layers)
    criterion = torch.nn.MSELoss()
    optimizer = torch.optim.Adam(lstm.parameters(), lr=learning_rate)
    outputs = lstm(trainX)
    optimizer.zero_grad()
    loss = criterion(outputs, trainY)
    loss.backward()


if __name__ == "__main__":
    probe()
