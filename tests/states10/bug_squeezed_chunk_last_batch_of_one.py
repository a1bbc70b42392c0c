# torch: RuntimeError: For unbatched 2-D input, hx and cx should also be 2-D but got (3-D, 3-D) tensors
# A tagger trained on token-id rows kept as (1, L) tensors: each chunk is concatenated and
# squeezed to (B, L); the last chunk holds one row, the bare squeeze drops its batch dim too, and
# the LSTM reads the (L, E) embedding as one unbatched sequence next to the (1, 1, H) states.
# severity: warning
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
        ids = torch.cat(rows[start:start + chunk]).squeeze()  # fix: torch.cat(...) of (1, L) rows is (B, L) already: drop the squeeze, or name it
        loss = model(ids).sum()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def probe():
    rows = [torch.randint(0, 50, (1, 7)) for _ in range(5)]
    train(Tagger(), rows)
