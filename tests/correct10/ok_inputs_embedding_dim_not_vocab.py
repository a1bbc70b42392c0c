"""The LSTM takes the embedding's dim, and the embedding's rows are the vocabulary."""
import torch
import torch.nn as nn

VOCAB_SIZE = 5000
EMBED_DIM = 50


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(VOCAB_SIZE, EMBED_DIM, padding_idx=0)
        self.lstm = nn.LSTM(EMBED_DIM, 64, batch_first=True)

    def forward(self, ids):
        return self.lstm(self.embedding(ids))[1][0]


def probe():
    Encoder()(torch.randint(0, VOCAB_SIZE, (3, 15)))
