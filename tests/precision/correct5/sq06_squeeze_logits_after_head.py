"""logits.squeeze(-1) after a one-output head for BCE: the layer got (B, L, F) before."""
import torch
import torch.nn as nn


class Detector(nn.Module):
    def __init__(self, feats=8, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out).squeeze(-1)


def probe():
    model = Detector()
    loss = nn.BCEWithLogitsLoss()(model(torch.randn(1, 9, 8)), torch.ones(1, 9))
    loss.backward()
