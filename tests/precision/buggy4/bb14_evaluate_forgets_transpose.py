# expect: LC009 line 23
"""A seq-first model with states made for BATCH rows: training transposes the loader's (B, T)
batches, evaluation forgets to, so T stands where the batch should be."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH, SEQ = 4, 9
emb = nn.Embedding(20, 5)
lstm = nn.LSTM(5, 6)
data = TensorDataset(torch.randint(0, 20, (16, SEQ)))
loader = DataLoader(data, batch_size=BATCH, drop_last=True)
state = (torch.zeros(1, BATCH, 6), torch.zeros(1, BATCH, 6))


def train():
    for (ids,) in loader:
        lstm(emb(ids.t()), state)


def evaluate():
    for (ids,) in loader:
        lstm(emb(ids), state)  # fix: ids.t()


def probe():
    train()
    evaluate()
