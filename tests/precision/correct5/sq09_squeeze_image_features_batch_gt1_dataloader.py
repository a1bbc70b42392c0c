"""Captioning: CNN features (B, C, 1, 1) .squeeze(-1).squeeze(-1) with explicit dims, so the
batch of one in inference keeps its batch dim."""
import torch
import torch.nn as nn


class Captioner(nn.Module):
    def __init__(self, channels=12, embed=8, hidden=10, vocab=25):
        super().__init__()
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.feat = nn.Linear(channels, embed)
        self.embed = nn.Embedding(vocab, embed)
        self.lstm = nn.LSTM(embed, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, images, captions):
        f = self.pool(images).squeeze(-1).squeeze(-1)   # (B, C)
        seq = torch.cat([self.feat(f).unsqueeze(1), self.embed(captions)], 1)
        out, _ = self.lstm(seq)
        return self.out(out)


def probe():
    m = Captioner()
    m(torch.randn(1, 12, 4, 4), torch.randint(0, 25, (1, 5)))
