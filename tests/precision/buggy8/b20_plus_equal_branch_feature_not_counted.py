# expect: LC008 line 14
"""A position embedding concatenated under an option, but the `+=` that should widen the
input sits under another option the call does not set."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_words, word_dim, hidden, use_pos=False, use_caps=False, pos_dim=4):
        super().__init__()
        self.words = nn.Embedding(n_words, word_dim)
        self.pos = nn.Embedding(20, pos_dim) if use_pos else None
        input_dim = word_dim
        if use_caps:  # fix: if use_pos
            input_dim += pos_dim
        self.lstm = nn.LSTM(input_dim, hidden, batch_first=True)

    def forward(self, words, pos):
        x = self.words(words)
        if self.pos is not None:
            x = torch.cat([x, self.pos(pos)], dim=-1)
        return self.lstm(x)[0]


def probe():
    Tagger(30, 8, 10, use_pos=True)(torch.randint(0, 30, (2, 5)), torch.randint(0, 20, (2, 5)))
