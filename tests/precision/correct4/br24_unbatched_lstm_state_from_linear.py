"""Unbatched decoder whose state comes from an image feature by a Linear: (H,) unsqueezed to
(1, H) for a one-layer LSTM fed a 2-D sequence."""
import torch
import torch.nn as nn


class Captioner(nn.Module):
    def __init__(self, feat=10, emb=4, hidden=6, vocab=12):
        super().__init__()
        self.init_h = nn.Linear(feat, hidden)
        self.init_c = nn.Linear(feat, hidden)
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden)

    def forward(self, feature, caption):
        h = self.init_h(feature).unsqueeze(0)
        c = self.init_c(feature).unsqueeze(0)
        out, _ = self.lstm(self.embed(caption), (h, c))
        return out


def probe():
    result = Captioner()(torch.randn(10), torch.randint(0, 12, (5,))).shape
    assert result == (5, 6)
