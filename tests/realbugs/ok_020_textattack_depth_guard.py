# source: https://github.com/QData/TextAttack/pull/19
"""The fixed classifier: dropout is zeroed when depth <= 1 before the LSTM is built."""
import torch
from torch import nn as nn


class LSTMForClassification(nn.Module):
    def __init__(self, hidden_size=150, depth=1, dropout=0.3, num_labels=2, emb_dim=200):
        super().__init__()
        if depth <= 1:
            # nn.LSTM applies no dropout after its last layer: with one layer, none at all.
            dropout = 0
        self.drop = nn.Dropout(dropout)
        self.emb_layer = nn.Embedding(100, emb_dim)
        self.encoder = nn.LSTM(input_size=emb_dim, hidden_size=hidden_size // 2,
                               num_layers=depth, dropout=dropout, bidirectional=True)
        self.out = nn.Linear(hidden_size, num_labels)

    def forward(self, _input):
        emb = self.drop(self.emb_layer(_input.t()))
        output, hidden = self.encoder(emb)
        output = torch.max(output, dim=0)[0]
        return self.out(self.drop(output))


def probe():
    LSTMForClassification(hidden_size=16)(torch.randint(0, 100, (3, 9)))
    LSTMForClassification(hidden_size=16, depth=2)(torch.randint(0, 100, (3, 9)))


if __name__ == "__main__":
    probe()
