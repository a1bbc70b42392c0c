"""Each layer's two directions joined by permute+reshape into (layers, B, 2*hidden), the
state of a decoder twice as wide."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab, emb, hidden, layers):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, layers, bidirectional=True)
        self.decoder = nn.LSTM(emb, 2 * hidden, layers)
        self.out = nn.Linear(2 * hidden, vocab)

    def _join(self, state, batch):
        state = state.view(self.layers, 2, batch, self.hidden)
        return state.permute(0, 2, 1, 3).reshape(self.layers, batch, 2 * self.hidden)

    def forward(self, src, tgt):
        batch = src.size(1)
        _, (h, c) = self.encoder(self.embed(src))
        out, _ = self.decoder(self.embed(tgt), (self._join(h, batch), self._join(c, batch)))
        return self.out(out)


def probe():
    model = Seq2Seq(vocab=25, emb=5, hidden=4, layers=3)
    assert model(torch.randint(0, 25, (6, 2)), torch.randint(0, 25, (3, 2))).shape == (3, 2, 25)
