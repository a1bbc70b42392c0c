"""Word embeddings and a char-CNN's features are concatenated; input_size sums them."""
import torch
import torch.nn as nn


class WordChar(nn.Module):
    def __init__(self, n_words=100, n_chars=30, word_dim=20, char_dim=8, char_filters=10, hidden=16):
        super().__init__()
        self.word = nn.Embedding(n_words, word_dim)
        self.char = nn.Embedding(n_chars, char_dim)
        self.char_cnn = nn.Conv1d(char_dim, char_filters, 3, padding=1)
        self.lstm = nn.LSTM(word_dim + char_filters, hidden, batch_first=True, bidirectional=True)

    def forward(self, words, chars):
        b, t, l = chars.shape
        c = self.char(chars.view(b * t, l)).transpose(1, 2)
        c = self.char_cnn(c).max(dim=2).values.view(b, t, -1)
        x = torch.cat([self.word(words), c], dim=-1)
        return self.lstm(x)[0]


def probe():
    WordChar()(torch.randint(0, 100, (2, 6)), torch.randint(0, 30, (2, 6, 5)))
