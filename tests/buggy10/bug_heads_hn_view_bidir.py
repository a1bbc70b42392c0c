"""h_n of a bidirectional LSTM viewed as (-1, hidden) has a row per direction and sequence,
twice the batch; the loss against one target per sequence fails."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Scorer(nn.Module):
    def __init__(self, n_in=6, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_in, hidden, bidirectional=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        summary = h_n.view(-1, self.hidden)  # expect: LC007
        return self.fc(summary).squeeze(-1)


def probe():
    logits = Scorer()(torch.randn(5, 3, 6))
    F.binary_cross_entropy_with_logits(logits, torch.ones(3))
