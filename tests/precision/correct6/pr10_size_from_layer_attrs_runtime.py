"""Sizes read back from built layers (rnn.hidden_size, embedding.embedding_dim) at use time."""
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self, vocab=60, emb=14, hidden=18, layers=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(self.embedding.embedding_dim, hidden, layers)
        self.decoder = nn.Linear(self.rnn.hidden_size, self.embedding.num_embeddings)

    def init_hidden(self, bsz):
        shape = (self.rnn.num_layers, bsz, self.rnn.hidden_size)
        return torch.zeros(shape), torch.zeros(shape)

    def forward(self, x, hidden):
        out, hidden = self.rnn(self.embedding(x), hidden)
        return self.decoder(out), hidden


def probe():
    m = LM()
    logits, _ = m(torch.randint(0, 60, (5, 3)), m.init_hidden(3))
    assert logits.shape == (5, 3, 60)
