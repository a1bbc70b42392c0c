"""The LSTM's input size read from the pretrained matrix itself, vectors.size(1)."""
import torch
import torch.nn as nn

glove = torch.randn(1000, 100)


class Encoder(nn.Module):
    def __init__(self, weights, hidden):
        super().__init__()
        self.embed = nn.Embedding(weights.size(0), weights.size(1))
        self.embed.weight.data.copy_(weights)
        self.lstm = nn.LSTM(weights.size(1), hidden, bidirectional=True)

    def forward(self, ids):
        return self.lstm(self.embed(ids))[0]


def probe():
    result = Encoder(glove, 20)(torch.randint(0, 1000, (6, 2))).shape
    assert result == (6, 2, 40)
