# expect: LC008 line 12
"""Word and POS embeddings concatenated; the LSTM's input counts only the word width."""
import torch
import torch.nn as nn


class Parser(nn.Module):
    def __init__(self, n_words=50, n_tags=12, word_dim=20, tag_dim=6, hidden=16):
        super().__init__()
        self.word_emb = nn.Embedding(n_words, word_dim)
        self.tag_emb = nn.Embedding(n_tags, tag_dim)
        self.lstm = nn.LSTM(word_dim, hidden, batch_first=True)  # fix: word_dim + tag_dim

    def forward(self, words, tags):
        x = torch.cat((self.word_emb(words), self.tag_emb(tags)), dim=-1)
        return self.lstm(x)[0]


def probe():
    Parser()(torch.randint(0, 50, (2, 9)), torch.randint(0, 12, (2, 9)))
