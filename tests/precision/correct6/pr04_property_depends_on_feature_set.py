"""input_size is a property computed from the features the model was told to use."""
import torch
import torch.nn as nn

FEATURE_DIMS = {"mfcc": 13, "delta": 13, "pitch": 3, "energy": 1}


class AcousticModel(nn.Module):
    def __init__(self, features=("mfcc", "delta"), hidden=20):
        super().__init__()
        self.features = list(features)
        self.rnn = nn.GRU(self.input_size, hidden, batch_first=True)

    @property
    def input_size(self):
        return sum(FEATURE_DIMS[name] for name in self.features)

    def forward(self, **feats):
        x = torch.cat([feats[name] for name in self.features], dim=-1)
        return self.rnn(x)[0]


def probe():
    m = AcousticModel(features=("mfcc", "pitch", "energy"))
    out = m(mfcc=torch.randn(2, 9, 13), pitch=torch.randn(2, 9, 3), energy=torch.randn(2, 9, 1))
    assert out.shape == (2, 9, 20)
