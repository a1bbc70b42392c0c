"""A tagger flattens its bidirectional output to (B*T, 2H) with view(-1, 2 * hidden)."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_in, hidden, n_tags):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_tags)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out.contiguous().view(-1, 2 * self.hidden))


def probe():
    result = Tagger(3, 4, 5)(torch.randn(2, 6, 3)).shape
    assert result == (12, 5)
