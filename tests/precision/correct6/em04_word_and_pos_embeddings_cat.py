"""Word and POS embeddings concatenated; the LSTM's input is the sum of both widths."""
import torch
import torch.nn as nn


class Parser(nn.Module):
    def __init__(self, n_words=50, n_tags=12, word_dim=20, tag_dim=6, hidden=16):
        super().__init__()
        self.word_emb = nn.Embedding(n_words, word_dim)
        self.tag_emb = nn.Embedding(n_tags, tag_dim)
        self.lstm = nn.LSTM(word_dim + tag_dim, hidden, num_layers=2, bidirectional=True,
                            dropout=0.33, batch_first=True)
        self.arc = nn.Linear(hidden * 2, hidden)

    def forward(self, words, tags):
        x = torch.cat((self.word_emb(words), self.tag_emb(tags)), dim=-1)
        return self.arc(self.lstm(x)[0])


def probe():
    out = Parser()(torch.randint(0, 50, (2, 9)), torch.randint(0, 12, (2, 9)))
    assert out.shape == (2, 9, 16)
