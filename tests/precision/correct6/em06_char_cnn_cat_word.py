"""Char-CNN features (max over chars) concatenated with word embeddings: width = word_dim + filters."""
import torch
import torch.nn as nn


class CharCNN(nn.Module):
    def __init__(self, n_chars=30, char_dim=8, filters=10):
        super().__init__()
        self.emb = nn.Embedding(n_chars, char_dim)
        self.conv = nn.Conv1d(char_dim, filters, 3, padding=1)
        self.filters = filters

    def forward(self, chars):                    # (B, T, L)
        b, t, l = chars.shape
        x = self.emb(chars.view(b * t, l)).transpose(1, 2)
        return self.conv(x).max(dim=2).values.view(b, t, self.filters)


class NER(nn.Module):
    def __init__(self, n_words=40, word_dim=16, hidden=12):
        super().__init__()
        self.words = nn.Embedding(n_words, word_dim)
        self.chars = CharCNN()
        self.rnn = nn.LSTM(word_dim + self.chars.filters, hidden, batch_first=True, bidirectional=True)
        self.tag = nn.Linear(hidden * 2, 9)

    def forward(self, w, c):
        x = torch.cat([self.words(w), self.chars(c)], dim=2)
        return self.tag(self.rnn(x)[0])


def probe():
    out = NER()(torch.randint(0, 40, (2, 6)), torch.randint(0, 30, (2, 6, 5)))
    assert out.shape == (2, 6, 9)
