"""The input width grows with `+=` under the same options that concatenate the extra features:
a part-of-speech embedding and a capitalisation flag."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_words, word_dim, hidden, n_tags, n_pos=0, pos_dim=0, use_caps=False):
        super().__init__()
        self.words = nn.Embedding(n_words, word_dim)
        input_dim = word_dim
        self.pos = None
        if n_pos:
            self.pos = nn.Embedding(n_pos, pos_dim)
            input_dim += pos_dim
        self.use_caps = use_caps
        if use_caps:
            input_dim += 1
        self.lstm = nn.LSTM(input_dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_tags)

    def forward(self, words, pos=None, caps=None):
        parts = [self.words(words)]
        if self.pos is not None:
            parts.append(self.pos(pos))
        if self.use_caps:
            parts.append(caps.unsqueeze(-1).float())
        return self.out(self.lstm(torch.cat(parts, dim=-1))[0])


def probe():
    w, p, c = torch.randint(0, 40, (2, 8)), torch.randint(0, 12, (2, 8)), torch.randint(0, 2, (2, 8))
    assert Tagger(40, 10, 14, 5)(w).shape == (2, 8, 5)
    assert Tagger(40, 10, 14, 5, n_pos=12, pos_dim=4)(w, p).shape == (2, 8, 5)
    assert Tagger(40, 10, 14, 5, n_pos=12, pos_dim=4, use_caps=True)(w, p, c).shape == (2, 8, 5)
