"""A tiny literal dataset with three features per step feeds an LSTM of input_size 3."""
import torch
import torch.nn as nn

sequences = [
    [[0.1, 0.2, 0.3], [0.2, 0.3, 0.4], [0.3, 0.4, 0.5]],
    [[0.5, 0.4, 0.3], [0.4, 0.3, 0.2], [0.3, 0.2, 0.1]],
]


class Tiny(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 4, batch_first=True)
        self.fc = nn.Linear(4, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def probe():
    Tiny()(torch.tensor(sequences))
