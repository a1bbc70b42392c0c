# expect: LC009 line 21
"""A greedy sampler feeds the embedded ids (B, E) back without the step dim."""
import torch
from torch import nn


class Decoder(nn.Module):
    def __init__(self, vocab=20, emb=6, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def sample(self, start, steps=4):
        inp = self.embed(start).unsqueeze(1)
        state, ids = None, []
        for _ in range(steps):
            y, state = self.lstm(inp, state)
            tok = self.out(y.squeeze(1)).argmax(-1)
            ids.append(tok)
            inp = self.embed(tok)  # fix: self.embed(tok).unsqueeze(1)
        return torch.stack(ids, 1)


def probe():
    Decoder().sample(torch.tensor([1, 2, 3]))
