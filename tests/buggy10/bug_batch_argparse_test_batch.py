"""The training batch size option makes the model's state; the test loop feeds batches of
the test batch size."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--batch_size", type=int, default=20)
parser.add_argument("--test_batch_size", type=int, default=5)
args = parser.parse_args([])


class LSTMClassifier(nn.Module):
    def __init__(self, n_in, hidden, batch_size):
        super().__init__()
        self.hidden, self.batch_size = hidden, batch_size
        self.lstm = nn.LSTM(n_in, hidden)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h = torch.zeros(1, self.batch_size, self.hidden)  # expect: LC009
        out, _ = self.lstm(x, (h, h))
        return self.fc(out[-1])


def probe():
    model = LSTMClassifier(4, 8, args.batch_size)
    model(torch.randn(9, args.batch_size, 4))
    model(torch.randn(9, args.test_batch_size, 4))
