"""h_n of a 3-layer BiLSTM viewed (layers, 2, B, H); the last layer's two directions joined."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=5, hidden=6, layers=3, classes=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.rnn = nn.LSTM(n_in, hidden, layers, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        _, (h, _) = self.rnn(x)
        h = h.view(self.layers, 2, x.size(0), self.hidden)[-1]
        return self.fc(torch.cat([h[0], h[1]], dim=1))


def probe():
    out = Model()(torch.randn(4, 7, 5))
    assert out.shape == (4, 2)
