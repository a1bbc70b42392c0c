"""Attention pooling written with the output on the left: bmm(out.transpose(1, 2),
alpha.unsqueeze(2)).squeeze(2) is (B, 2H), and so is the head."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class AttnBiLSTM(nn.Module):
    def __init__(self, n_in, hidden, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.w = nn.Parameter(torch.randn(2 * hidden))
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        alpha = F.softmax(torch.tanh(out) @ self.w, dim=1)
        pooled = torch.bmm(out.transpose(1, 2), alpha.unsqueeze(2)).squeeze(2)
        return self.fc(pooled)


def probe():
    assert AttnBiLSTM(5, 9, 3)(torch.randn(4, 7, 5)).shape == (4, 3)
