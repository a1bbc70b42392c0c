# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 50, got 74
# A tagger joins each word's embedding with character features from a helper the model is
# given; the LSTM was sized for the word embedding only.
import torch
from torch import nn


def char_features(chars, table):
    """Mean of each word's character vectors: (batch, words, chars) -> (batch, words, dim)."""
    return table[chars].mean(dim=2)


class Tagger(nn.Module):
    def __init__(self, vocab=200, n_chars=30, word_dim=50, char_dim=24, hidden=64, tags=9):
        super().__init__()
        self.words = nn.Embedding(vocab, word_dim)
        self.char_table = nn.Parameter(torch.randn(n_chars, char_dim))
        self.lstm = nn.LSTM(word_dim, hidden, batch_first=True)  # fix: nn.LSTM(word_dim + char_dim, hidden)
        self.tags = nn.Linear(hidden, tags)

    def forward(self, tokens, chars):
        x = torch.cat([self.words(tokens), char_features(chars, self.char_table)], dim=2)
        out, _ = self.lstm(x)
        return self.tags(out)


def probe():
    Tagger()(torch.randint(0, 200, (2, 6)), torch.randint(0, 30, (2, 6, 5)))
