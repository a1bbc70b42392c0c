"""Packed sequences: h_n[-1] is each sequence's last real step, a common correct head."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(50, 10, padding_idx=0)
        self.lstm = nn.LSTM(10, 16, batch_first=True)
        self.fc = nn.Linear(16, 2)

    def forward(self, tokens, lengths):
        packed = pack_padded_sequence(self.embed(tokens), lengths, batch_first=True, enforce_sorted=False)
        _, (h_n, _) = self.lstm(packed)
        return self.fc(h_n[-1])


def probe():
    assert Model()(torch.randint(1, 50, (3, 7)), torch.tensor([7, 4, 2])).shape == (3, 2)
