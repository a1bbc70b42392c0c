"""The recurrent layer's input is the embedder's embedding_dim attribute (word + char parts)."""
import torch
import torch.nn as nn


class WordCharEmbedder(nn.Module):
    def __init__(self, words, chars, word_dim=20, char_dim=5):
        super().__init__()
        self.word = nn.Embedding(words, word_dim)
        self.char = nn.Embedding(chars, char_dim)
        self.embedding_dim = word_dim + char_dim

    def forward(self, w, c):                     # c: (B, T, chars per word)
        return torch.cat([self.word(w), self.char(c).mean(2)], dim=-1)


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedder = WordCharEmbedder(50, 20, word_dim=12)
        self.rnn = nn.LSTM(self.embedder.embedding_dim, 8, batch_first=True, bidirectional=True)
        self.out = nn.Linear(16, 5)

    def forward(self, w, c):
        return self.out(self.rnn(self.embedder(w, c))[0])


def probe():
    out = Tagger()(torch.randint(0, 50, (2, 6)), torch.randint(0, 20, (2, 6, 4)))
    assert out.shape == (2, 6, 5)
