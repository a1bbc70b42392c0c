"""Conv1d feature extractor over time, then a bidirectional LSTM, a LayerNorm and a head."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_channels, conv_dim, hidden, n_classes):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_channels, conv_dim, kernel_size=5, padding=2),
            nn.BatchNorm1d(conv_dim),
            nn.ReLU(),
            nn.MaxPool1d(2),
        )
        self.rnn = nn.LSTM(conv_dim, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.norm = nn.LayerNorm(2 * hidden)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, signal):
        feats = self.conv(signal)          # (N, conv_dim, T/2)
        feats = feats.permute(0, 2, 1)     # (N, T/2, conv_dim)
        out, _ = self.rnn(feats)
        return self.fc(self.norm(out))


def probe():
    model = CRNN(n_channels=2, conv_dim=16, hidden=8, n_classes=4)
    assert model(torch.randn(3, 2, 20)).shape == (3, 10, 4)
