# torch: RuntimeError: Expected hidden[0] size (1, 4, 10), got [1, 16, 10]
# severity: warning
"""A tagger makes its (h_0, c_0) once, in the constructor, from the batch size it is built with, and
every forward reads them back. Training cuts 52 sentences into batches of 16 with no
drop_last, so the fourth batch holds the 4 sentences left and meets states made for 16."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

class Tagger(nn.Module):
    def __init__(self, vocab, tags, batch_size, hidden=10):
        super().__init__()
        self.embed = nn.Embedding(vocab, 8)
        self.lstm = nn.LSTM(8, hidden, batch_first=True)
        self.out = nn.Linear(hidden, tags)
        self.h0 = torch.zeros(1, batch_size, hidden)
        self.c0 = torch.zeros(1, batch_size, hidden)

    def forward(self, tokens):
        states = (self.h0, self.c0)  # fix: zeros for this batch, torch.zeros(1, tokens.size(0), hidden)
        out, _ = self.lstm(self.embed(tokens), states)
        return self.out(out)


def train(model, dataset, batch_size):
    loader = DataLoader(dataset, batch_size=batch_size, shuffle=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for tokens, tags in loader:
        optimizer.zero_grad()
        scores = model(tokens)
        loss = nn.functional.cross_entropy(scores.reshape(-1, scores.size(-1)), tags.reshape(-1))
        loss.backward()
        optimizer.step()


def probe():
    dataset = TensorDataset(torch.randint(0, 30, (52, 7)), torch.randint(0, 3, (52, 7)))
    batch_size = 16
    train(Tagger(30, 3, batch_size), dataset, batch_size)
