"""batch_size == seq_len == 6 and a seq-first model; both loops transpose (B, T) ids to (T, B);
h0 takes its batch from dim 1 of what the model is fed."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

batch_size, seq_len = 6, 6
data = TensorDataset(torch.randint(0, 30, (24, seq_len)))


class LM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 4)
        self.rnn = nn.GRU(4, 7)

    def forward(self, ids):  # (T, B)
        h0 = torch.zeros(1, ids.size(1), 7)
        return self.rnn(self.emb(ids), h0)[0]


def train(model):
    for (ids,) in DataLoader(data, batch_size=batch_size, shuffle=True):
        model(ids.t()).sum().backward()


def evaluate(model):
    with torch.no_grad():
        for (ids,) in DataLoader(data, batch_size=batch_size):
            out = model(ids.t())
    return out


def probe():
    m = LM()
    train(m)
    result = evaluate(m).shape
    assert result == (seq_len, batch_size, 7)
