"""A (B, H) vector made by one module and unsqueezed to (1, B, H) in another's forward."""
import torch
import torch.nn as nn


class Init(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.fc = nn.Linear(n_in, hidden)

    def forward(self, features):
        return torch.tanh(self.fc(features))     # (B, H)


class Captioner(nn.Module):
    def __init__(self, n_feat=12, emb=5, hidden=7):
        super().__init__()
        self.init_h = Init(n_feat, hidden)
        self.init_c = Init(n_feat, hidden)
        self.lstm = nn.LSTM(emb, hidden)

    def forward(self, features, words):          # words (T, B, emb)
        h = self.init_h(features).unsqueeze(0)
        c = self.init_c(features).unsqueeze(0)
        return self.lstm(words, (h, c))[0]


def probe():
    out = Captioner()(torch.randn(3, 12), torch.randn(4, 3, 5))
    assert out.shape == (4, 3, 7)
