"""Lample-style NER input: a word embedding concatenated with a char-CNN's max-pooled
filters; the LSTM's input_size is word_dim + n_filters."""
import torch
import torch.nn as nn


class CharCNN(nn.Module):
    def __init__(self, n_chars, char_dim, n_filters):
        super().__init__()
        self.embed = nn.Embedding(n_chars, char_dim)
        self.conv = nn.Conv1d(char_dim, n_filters, kernel_size=3, padding=1)
        self.out_dim = n_filters

    def forward(self, chars):
        b, t, l = chars.shape
        x = self.embed(chars.view(b * t, l)).transpose(1, 2)
        return self.conv(x).max(dim=2).values.view(b, t, -1)


class Tagger(nn.Module):
    def __init__(self, n_words, n_chars, word_dim=20, char_dim=8, n_filters=12, hidden=16):
        super().__init__()
        self.words = nn.Embedding(n_words, word_dim)
        self.chars = CharCNN(n_chars, char_dim, n_filters)
        self.lstm = nn.LSTM(word_dim + self.chars.out_dim, hidden, batch_first=True,
                            bidirectional=True)
        self.tags = nn.Linear(2 * hidden, 7)

    def forward(self, words, chars):
        x = torch.cat([self.words(words), self.chars(chars)], dim=-1)
        return self.tags(self.lstm(x)[0])


def probe():
    out = Tagger(50, 30)(torch.randint(0, 50, (2, 6)), torch.randint(0, 30, (2, 6, 9)))
    assert out.shape == (2, 6, 7)
