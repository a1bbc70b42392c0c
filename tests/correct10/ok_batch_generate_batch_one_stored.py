"""A sampler keeps `self.batch_size = 1` state for generation and the training path passes
its own state; both feeds fit."""
import torch
import torch.nn as nn


class Poet(nn.Module):
    def __init__(self, vocab=40, hidden=16):
        super().__init__()
        self.hidden = hidden
        self.embed = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tokens, state=None):
        y, state = self.lstm(self.embed(tokens), state)
        return self.out(y), state

    @torch.no_grad()
    def sample(self, start, steps=5):
        state = (torch.zeros(1, 1, self.hidden), torch.zeros(1, 1, self.hidden))
        token = torch.tensor([[start]])
        for _ in range(steps):
            logits, state = self(token, state)
            token = logits[:, -1].argmax(-1, keepdim=True)
        return token


def probe():
    poet = Poet()
    poet(torch.randint(0, 40, (8, 10)))
    poet.sample(3)
