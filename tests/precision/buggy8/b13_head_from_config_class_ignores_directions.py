# expect: LC007 line 20
"""A Config class says BIDIRECTIONAL = True; the tag layer reads Config.HIDDEN alone."""
import torch
import torch.nn as nn


class Config:
    EMBED = 16
    HIDDEN = 24
    BIDIRECTIONAL = True
    NUM_LABELS = 5


class NERModel(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.embed = nn.Embedding(vocab, Config.EMBED)
        self.lstm = nn.LSTM(Config.EMBED, Config.HIDDEN, batch_first=True,
                            bidirectional=Config.BIDIRECTIONAL)
        self.tag = nn.Linear(Config.HIDDEN, Config.NUM_LABELS)  # fix: Config.HIDDEN * 2

    def forward(self, tokens):
        return self.tag(self.lstm(self.embed(tokens))[0])


def probe():
    NERModel(50)(torch.randint(0, 50, (2, 7)))
