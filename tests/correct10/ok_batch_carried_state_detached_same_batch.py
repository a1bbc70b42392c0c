"""Truncated BPTT over one long batchified stream: every chunk has the same batch columns,
so the carried state always fits."""
import torch
import torch.nn as nn


def batchify(data, bsz):
    nbatch = data.size(0) // bsz
    return data[:nbatch * bsz].view(bsz, -1).t().contiguous()


class LM(nn.Module):
    def __init__(self, vocab=40, hidden=20):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, x, state):
        y, state = self.lstm(self.emb(x), state)
        return self.out(y), state


def probe():
    stream = batchify(torch.randint(0, 40, (1003,)), 8)
    model = LM()
    state = (torch.zeros(1, 8, 20), torch.zeros(1, 8, 20))
    for i in range(0, stream.size(0) - 1, 35):
        chunk = stream[i:i + 35]
        _, state = model(chunk, state)
        state = tuple(s.detach() for s in state)
