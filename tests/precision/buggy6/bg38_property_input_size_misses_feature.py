# expect: LC008 line 16
"""input_size property counts the features but forgets the pitch; the forward pass feeds it."""
import torch
import torch.nn as nn

FEATURE_DIMS = {"mfcc": 13, "pitch": 3}


class AcousticModel(nn.Module):
    def __init__(self, hidden=20):
        super().__init__()
        self.rnn = nn.GRU(self.input_size, hidden, batch_first=True)

    @property
    def input_size(self):
        return FEATURE_DIMS["mfcc"]  # fix: FEATURE_DIMS["mfcc"] + FEATURE_DIMS["pitch"]

    def forward(self, mfcc, pitch):
        return self.rnn(torch.cat([mfcc, pitch], dim=-1))[0]


def probe():
    AcousticModel()(torch.randn(2, 9, 13), torch.randn(2, 9, 3))
