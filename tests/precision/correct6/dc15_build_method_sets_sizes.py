"""__init__ calls self._build(), which sets the sizes and builds the layers from them."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, vocab, dims=(16, 24)):
        super().__init__()
        self.vocab = vocab
        self._build(*dims)

    def _build(self, emb, hidden):
        self.emb_size, self.hidden_size = emb, hidden
        self.embedding = nn.Embedding(self.vocab, self.emb_size)
        self.rnn = nn.LSTM(self.emb_size, self.hidden_size)
        self.out = nn.Linear(self.hidden_size, self.vocab)

    def forward(self, x):
        return self.out(self.rnn(self.embedding(x))[0])


def probe():
    out = Model(30, dims=(5, 7))(torch.randint(0, 30, (4, 2)))
    assert out.shape == (4, 2, 30)
