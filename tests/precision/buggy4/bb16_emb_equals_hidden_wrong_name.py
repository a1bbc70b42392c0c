# expect: LC008 line 12
"""The LSTM's input is built from hidden_dim instead of embedding_dim: right only while the two
are equal (both 32 where the file builds it); any other pair fails."""
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self, vocab, embedding_dim, hidden_dim):
        super().__init__()
        self.emb = nn.Embedding(vocab, embedding_dim)
        self.lstm = nn.LSTM(hidden_dim, hidden_dim, batch_first=True)  # fix: embedding_dim first
        self.out = nn.Linear(hidden_dim, vocab)

    def forward(self, x):
        return self.out(self.lstm(self.emb(x))[0])


model = LM(50, 32, 32)


def probe():
    LM(50, 16, 32)(torch.randint(0, 50, (2, 5)))
