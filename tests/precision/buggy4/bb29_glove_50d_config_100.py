# expect: LC008 line 7
"""The vectors' file is glove.6B.50d.txt but the summarizer is built for word_dim = 100."""
import torch
import torch.nn as nn

GLOVE = "glove.6B.50d.txt"
WORD_DIM = 100  # fix: 50, the width glove.6B.50d has


def load(path, vocab=40):
    return torch.randn(vocab, int(path.rsplit(".", 2)[-2][:-1]))


class Summarizer(nn.Module):
    def __init__(self, word_dim, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(word_dim, hidden, batch_first=True, bidirectional=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    emb = nn.Embedding.from_pretrained(load(GLOVE))
    Summarizer(WORD_DIM)(emb(torch.randint(0, 40, (2, 6))))
