"""Char CNN with several kernel widths; the word LSTM's input is word_dim + sum of filters."""
import torch
import torch.nn as nn

FILTERS = [(2, 10), (3, 12), (4, 8)]


class CharCNNLSTM(nn.Module):
    def __init__(self, n_chars=30, char_dim=6, n_words=50, word_dim=16, hidden=20):
        super().__init__()
        self.char_embed = nn.Embedding(n_chars, char_dim)
        self.convs = nn.ModuleList([nn.Conv1d(char_dim, n, k) for k, n in FILTERS])
        self.word_embed = nn.Embedding(n_words, word_dim)
        self.lstm = nn.LSTM(word_dim + sum(n for _, n in FILTERS), hidden, batch_first=True)

    def forward(self, words, chars):  # words (B, L), chars (B, L, C)
        b, l, c = chars.shape
        ce = self.char_embed(chars.view(b * l, c)).transpose(1, 2)
        cf = torch.cat([conv(ce).max(-1).values for conv in self.convs], -1).view(b, l, -1)
        return self.lstm(torch.cat([self.word_embed(words), cf], -1))[0]


def probe():
    CharCNNLSTM()(torch.randint(0, 50, (2, 5)), torch.randint(0, 30, (2, 5, 7)))
