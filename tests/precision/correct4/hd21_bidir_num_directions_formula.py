"""The head's width written with num_directions: 2 if bidirectional else 1, both
configurations built."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, bidirectional):
        super().__init__()
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden * self.num_directions, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out.mean(1))


uni = Encoder(4, 8, False)
bi = Encoder(4, 8, True)


def probe():
    x = torch.randn(2, 5, 4)
    assert uni(x).shape == bi(x).shape == (2, 2)
