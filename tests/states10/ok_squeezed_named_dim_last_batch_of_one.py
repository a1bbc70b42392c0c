# torch: runs
# The tagger of bug_squeezed_chunk_last_batch_of_one with the dim named: .squeeze(1) of
# (B, 1, L) rows drops only the row dim, so the last chunk of one row stays (1, L).
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self, vocab=50, emb=12, hidden=20, tags=5):
        super().__init__()
        self.hidden = hidden
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.out = nn.Linear(hidden, tags)

    def forward(self, ids):
        h0 = torch.zeros(1, ids.size(0), self.hidden)
        c0 = torch.zeros(1, ids.size(0), self.hidden)
        out, _ = self.lstm(self.embed(ids), (h0, c0))
        return self.out(out)


def train(model, rows, chunk=4):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for start in range(0, len(rows), chunk):
        ids = torch.stack(rows[start:start + chunk]).squeeze(1)
        loss = model(ids).sum()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def probe():
    rows = [torch.randint(0, 50, (1, 7)) for _ in range(5)]
    train(Tagger(), rows)
