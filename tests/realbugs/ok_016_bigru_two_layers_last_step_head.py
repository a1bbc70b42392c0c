# source: https://github.com/cypredict/predict/blob/HEAD/L18/cnews/model.py
"""A 2-layer bidirectional GRU of 128 followed by nn.Linear(256, 128) on x[:, -1, :]."""
import torch
from torch import nn
import torch.nn.functional as F


class TextRNN(nn.Module):
    def __init__(self):
        super(TextRNN, self).__init__()
        self.embedding = nn.Embedding(5000, 64)
        self.rnn = nn.GRU(input_size=64, hidden_size=128, num_layers=2, bidirectional=True)
        self.f1 = nn.Sequential(nn.Linear(256, 128), nn.Dropout(0.8), nn.ReLU())
        self.f2 = nn.Sequential(nn.Linear(128, 10), nn.Softmax(dim=1))

    def forward(self, x):
        x = self.embedding(x)
        x, _ = self.rnn(x)
        x = F.dropout(x, p=0.8)
        x = self.f1(x[:, -1, :])
        return self.f2(x)


def probe():
    TextRNN()(torch.randint(0, 5000, (4, 12)))


if __name__ == "__main__":
    probe()
