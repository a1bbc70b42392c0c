"""embedding_dim == hidden_dim == 32 here, and every size uses the right name: the LSTM's
input is embedding_dim, the head's hidden_dim."""
import torch
import torch.nn as nn

EMBEDDING_DIM = 32
HIDDEN_DIM = 32


class LM(nn.Module):
    def __init__(self, vocab, embedding_dim, hidden_dim):
        super().__init__()
        self.emb = nn.Embedding(vocab, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, batch_first=True)
        self.out = nn.Linear(hidden_dim, vocab)

    def forward(self, x):
        return self.out(self.lstm(self.emb(x))[0])


def probe():
    result = LM(25, EMBEDDING_DIM, HIDDEN_DIM)(torch.randint(0, 25, (2, 6))).shape
    assert result == (2, 6, 25)
