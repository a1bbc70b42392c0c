"""Sampling a text: multinomial gives (B, 1) ids, which are the (B, 1) step of a batch-first GRU."""
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.embed = nn.Embedding(n_chars, hidden)
        self.rnn = nn.GRU(hidden, hidden, layers, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, n_chars)

    def forward(self, x, h=None):
        y, h = self.rnn(self.embed(x), h)
        return self.head(y), h

    def sample(self, prime, n, temperature=0.8):
        logits, h = self(prime)
        ch = torch.multinomial((logits[:, -1] / temperature).softmax(-1), 1)
        out = [ch]
        for _ in range(n - 1):
            logits, h = self(ch, h)
            ch = torch.multinomial((logits[:, -1] / temperature).softmax(-1), 1)
            out.append(ch)
        return torch.cat(out, 1)


def probe():
    model = CharRNN(30, 12).eval()
    assert model.sample(torch.randint(0, 30, (2, 5)), 6).shape == (2, 6)
