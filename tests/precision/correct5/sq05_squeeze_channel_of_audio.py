"""Audio features (B, 1, T, F) squeeze(1) the channel dim, with its index, before the GRU."""
import torch
import torch.nn as nn


class SpeechEncoder(nn.Module):
    def __init__(self, n_mels=20, hidden=32):
        super().__init__()
        self.gru = nn.GRU(n_mels, hidden, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, 10)

    def forward(self, spec):
        x = spec.squeeze(1)       # (B, T, F)
        out, _ = self.gru(x)
        return self.proj(out)


def probe():
    SpeechEncoder()(torch.randn(1, 1, 50, 20))
    SpeechEncoder()(torch.randn(3, 1, 50, 20))
