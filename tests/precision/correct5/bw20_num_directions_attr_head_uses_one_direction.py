"""num_directions is kept for the states, while the head reads h_n[-1], one direction's (B, H),
so Linear(hidden) is right even when bidirectional."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional):
        super().__init__()
        self.num_directions = 2 if bidirectional else 1
        self.hidden, self.layers = hidden, layers
        self.rnn = nn.GRU(n_in, hidden, layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        h0 = torch.zeros(self.layers * self.num_directions, x.size(0), self.hidden)
        _, h_n = self.rnn(x, h0)
        return self.fc(h_n[-1])


def probe():
    Model(4, 6, 2, True)(torch.randn(3, 5, 4))
    Model(4, 6, 2, False)(torch.randn(3, 5, 4))
