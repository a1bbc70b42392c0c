"""The PyTorch chatbot-style greedy decoder on one sentence without a batch dim: the encoder's
(2, H) state goes to a 2-layer decoder fed (1, E) steps."""
import torch
import torch.nn as nn


class Greedy(nn.Module):
    def __init__(self, vocab=12, emb=4, hidden=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, 2)
        self.decoder = nn.LSTM(emb, hidden, 2)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, src, steps=3):
        _, state = self.encoder(self.embed(src))
        token = src[:1]
        result = []
        for _ in range(steps):
            o, state = self.decoder(self.embed(token), state)
            token = self.out(o).argmax(-1)
            result.append(token)
        return torch.cat(result)


def probe():
    result = Greedy()(torch.randint(0, 12, (5,))).shape
    assert result == (3,)
