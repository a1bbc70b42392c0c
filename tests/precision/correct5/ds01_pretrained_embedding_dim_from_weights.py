"""nn.Embedding.from_pretrained(vectors): the LSTM's input_size is vectors.size(1)."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, vectors, hidden=16):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors, freeze=True)
        self.lstm = nn.LSTM(vectors.size(1), hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.lstm(self.embedding(x))[1][0][-1])


def probe():
    glove = torch.randn(100, 50)   # stands in for 100 GloVe vectors of 50d
    Classifier(glove)(torch.randint(0, 100, (3, 8)))
