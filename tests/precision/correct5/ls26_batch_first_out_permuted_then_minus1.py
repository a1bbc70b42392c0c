"""A batch-first LSTM whose output is permuted to (L, B, H) for a time-major loss; out[-1]
is then the last step."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 7, batch_first=True)
        self.fc = nn.Linear(7, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        out = out.permute(1, 0, 2)          # (L, B, H)
        return self.fc(out[-1])


def probe():
    logits = Model()(torch.randn(4, 9, 3))
    nn.functional.cross_entropy(logits, torch.zeros(4, dtype=torch.long))
