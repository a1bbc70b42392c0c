# source: https://github.com/patrickloeber/pytorch-examples/issues/2
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 4, 128), got [1, 28, 128]
"""The RNN tutorial builds h0 with x.size(0) as the batch, which holds only for batch-first
input; the user's RNN was not batch-first and their batches came as (seq=28, batch=4, 28)."""
import torch
import torch.nn as nn

input_size = 28
sequence_length = 28
hidden_size = 128
num_layers = 1
num_classes = 10
batch_size = 4


class RNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, num_classes):
        super(RNN, self).__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.rnn = nn.RNN(input_size, hidden_size, num_layers)
        self.fc = nn.Linear(hidden_size * sequence_length, num_classes)

    def forward(self, x):
        # x: (seq, batch, features) as the user's loader gives it
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)  # fix: the batch is x.size(1) here (or build the RNN with batch_first=True and feed (batch, seq, features))
        out, _ = self.rnn(x, h0)
        out = out.permute(1, 0, 2).reshape(out.shape[1], -1)
        return self.fc(out)


def probe():
    model = RNN(input_size, hidden_size, num_layers, num_classes)
    images = torch.randn(sequence_length, batch_size, input_size)
    model(images)


if __name__ == "__main__":
    probe()
