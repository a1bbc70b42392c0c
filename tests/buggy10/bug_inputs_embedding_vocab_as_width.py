"""The LSTM is sized with the vocabulary size where the embedding's dim belongs."""
import torch
import torch.nn as nn

VOCAB = 300
EMB = 32


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(VOCAB, EMB)
        self.lstm = nn.LSTM(VOCAB, 64, batch_first=True)  # expect: LC008

    def forward(self, ids):
        return self.lstm(self.embedding(ids))[0]


def probe():
    Encoder()(torch.randint(0, VOCAB, (2, 5)))
