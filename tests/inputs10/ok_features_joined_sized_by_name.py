# torch: runs
# A tagger joins each word's embedding with character features from a helper; the LSTM is
# sized with the character width it is given, a number the linter does not know here.
import torch
from torch import nn


def char_features(chars, table):
    """Mean of each word's character vectors: (batch, words, chars) -> (batch, words, dim)."""
    return table[chars].mean(dim=2)


class Tagger(nn.Module):
    def __init__(self, char_table, vocab=200, word_dim=50, hidden=64, tags=9):
        super().__init__()
        self.words = nn.Embedding(vocab, word_dim)
        self.char_table = nn.Parameter(char_table)
        self.lstm = nn.LSTM(word_dim + char_table.size(1), hidden, batch_first=True)
        self.tags = nn.Linear(hidden, tags)

    def forward(self, tokens, chars):
        x = torch.cat([self.words(tokens), char_features(chars, self.char_table)], dim=2)
        out, _ = self.lstm(x)
        return self.tags(out)


def probe():
    Tagger(torch.randn(30, 24))(torch.randint(0, 200, (2, 6)), torch.randint(0, 30, (2, 6, 5)))
