# torch: runs
# Where the view's assumption does not hold: each word is a row of character indices, and the
# view flattens a word's characters into its features, so the LSTM is sized for all of them.
import torch
import torch.nn as nn

CHARS_PER_WORD = 4


class CharFlatTagger(nn.Module):
    def __init__(self, n_chars=30, char_dim=5, hidden=8):
        super().__init__()
        self.chars = nn.Embedding(n_chars, char_dim)
        self.lstm = nn.LSTM(CHARS_PER_WORD * char_dim, hidden)

    def forward(self, words):  # (n_words, CHARS_PER_WORD) character indices
        out, _ = self.lstm(self.chars(words).view(len(words), 1, -1))
        return out


def probe():
    CharFlatTagger()(torch.randint(0, 30, (6, CHARS_PER_WORD)))
