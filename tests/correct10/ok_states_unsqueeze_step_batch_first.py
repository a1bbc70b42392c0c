"""A decoder feeds one step at a time to a batch_first LSTM: the step is unsqueezed at
dim 1, the time dim, and the state keeps layers first."""
import torch
import torch.nn as nn


class StepDecoder(nn.Module):
    def __init__(self, emb=10, hidden=12, layers=2, vocab=25):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, vocab)
        self.layers, self.hidden = layers, hidden

    def forward(self, first, steps=4):
        batch = first.size(0)
        state = (torch.zeros(self.layers, batch, self.hidden),
                 torch.zeros(self.layers, batch, self.hidden))
        token = first
        for _ in range(steps):
            out, state = self.lstm(self.embed(token).unsqueeze(1), state)
            token = self.out(out[:, -1]).argmax(-1)
        return token


def probe():
    StepDecoder()(torch.zeros(3, dtype=torch.long))
