"""Word vectors (glove.6B.100d) joined with 25-d character features: the LSTM reads 125, a
formula of both widths."""
import torch
import torch.nn as nn

WORD_VECTORS = "glove.6B.100d.txt"
WORD_DIM, CHAR_DIM = 100, 25


class NER(nn.Module):
    def __init__(self, hidden=20):
        super().__init__()
        self.words = nn.Embedding(50, WORD_DIM)
        self.chars = nn.Embedding(30, CHAR_DIM)
        self.lstm = nn.LSTM(WORD_DIM + CHAR_DIM, hidden, bidirectional=True, batch_first=True)
        self.tags = nn.Linear(2 * hidden, 9)

    def forward(self, words, chars):  # chars: (B, T, C)
        c = self.chars(chars).max(dim=2).values
        x = torch.cat([self.words(words), c], dim=-1)
        return self.tags(self.lstm(x)[0])


def probe():
    out = NER()(torch.randint(0, 50, (2, 6)), torch.randint(0, 30, (2, 6, 7)))
    assert out.shape == (2, 6, 9)
