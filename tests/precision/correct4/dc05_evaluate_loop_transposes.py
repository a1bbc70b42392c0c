"""Training and evaluation both transpose the loader's batch-first (B, T) ids to the seq-first
(T, B) the model takes."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class SeqFirstTagger(nn.Module):
    def __init__(self, vocab=40, emb=8, hidden=10, tags=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden)
        self.fc = nn.Linear(hidden, tags)

    def forward(self, ids):  # ids: (T, B)
        return self.fc(self.lstm(self.emb(ids))[0])


data = TensorDataset(torch.randint(0, 40, (30, 7)), torch.randint(0, 5, (30, 7)))


def evaluate(model, loader):
    model.eval()
    correct = 0
    with torch.no_grad():
        for ids, tags in loader:
            logits = model(ids.t())          # (T, B, tags)
            correct += (logits.argmax(-1).t() == tags).sum().item()
    return correct


def probe():
    model = SeqFirstTagger()
    correct = evaluate(model, DataLoader(data, batch_size=8))
    assert correct >= 0
