"""The LSTM is batch_first, but pad_packed_sequence's default unpacks sequence-first: out[-1]
is the last step there."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x, lengths):
        packed = pack_padded_sequence(x, lengths, batch_first=True)
        out, _ = self.lstm(packed)
        out, _ = pad_packed_sequence(out)        # (L, B, H)
        return self.fc(out[-1])


def probe():
    y = Encoder()(torch.randn(3, 5, 4), torch.tensor([5, 5, 5]))
    nn.functional.cross_entropy(y, torch.zeros(3, dtype=torch.long))
