# source: a correct look-alike (torch runs it)
# torch: runs
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, vocab, emb, hidden, layers, classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=layers, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, tokens):
        _, hidden = self.lstm(self.embedding(tokens))
        h_n = hidden[0]
        return self.fc(h_n[-1])


def probe():
    Classifier(50, 8, 16, 2, 3)(torch.randint(0, 50, (4, 7)))
