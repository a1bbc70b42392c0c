"""Sizes from another class's attributes: a Config class with HIDDEN and BIDIRECTIONAL, the
layer and the head both read them."""
import torch
import torch.nn as nn


class Config:
    EMBED = 32
    HIDDEN = 48
    BIDIRECTIONAL = True
    NUM_LABELS = 9


class NERModel(nn.Module):
    def __init__(self, vocab_size):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, Config.EMBED)
        self.lstm = nn.LSTM(Config.EMBED, Config.HIDDEN, batch_first=True,
                            bidirectional=Config.BIDIRECTIONAL)
        out_dim = Config.HIDDEN * (2 if Config.BIDIRECTIONAL else 1)
        self.tag = nn.Linear(out_dim, Config.NUM_LABELS)

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.tag(out)


def probe():
    assert NERModel(100)(torch.randint(0, 100, (2, 13))).shape == (2, 13, 9)
