"""h_n.squeeze(0) (dim given) of a one-layer GRU: the batch stays even when it is 1."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, vocab, emb, hidden, classes):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, tokens):
        _, h_n = self.gru(self.embed(tokens))
        return self.fc(h_n.squeeze(0))


def probe():
    m = Classifier(20, 6, 10, 3)
    assert m(torch.randint(0, 20, (1, 7))).shape == (1, 3)
    m(torch.randint(0, 20, (4, 7)))
