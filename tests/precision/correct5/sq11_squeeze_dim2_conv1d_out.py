"""Conv1d over time gives (B, C, T); a pooled (B, C, 1) is squeezed at dim 2 only."""
import torch
import torch.nn as nn


class ConvRNN(nn.Module):
    def __init__(self, in_ch=3, conv_ch=8, hidden=12):
        super().__init__()
        self.conv = nn.Conv1d(in_ch, conv_ch, 3, padding=1)
        self.rnn = nn.GRU(conv_ch, hidden, batch_first=True)
        self.pool = nn.AdaptiveMaxPool1d(1)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):            # (B, in_ch, T)
        feats = self.conv(x).transpose(1, 2)
        out, _ = self.rnn(feats)
        pooled = self.pool(out.transpose(1, 2)).squeeze(2)
        return self.fc(pooled)


def probe():
    ConvRNN()(torch.randn(1, 3, 20))
