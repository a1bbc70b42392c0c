# expect: LC007 line 15
"""batch_first=True but out[-1] is taken as the last step: it is the last sequence (L, H)."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 10, batch_first=True)
        self.fc = nn.Linear(10, 3)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[-1])  # fix: out[:, -1]


def probe():
    logits = Classifier()(torch.randn(6, 9, 4))
    nn.functional.cross_entropy(logits, torch.zeros(6, dtype=torch.long))
