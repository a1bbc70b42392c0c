"""batch_first everywhere: packed in and unpacked with batch_first=True; out[:, -1] of the
padded output (all sequences full length here)."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x, lengths):
        b = x.size(0)
        state = (torch.zeros(1, b, 6), torch.zeros(1, b, 6))
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed, state)
        out, _ = pad_packed_sequence(out, batch_first=True)
        return self.fc(out[:, -1])


def probe():
    logits = Model()(torch.randn(3, 5, 4), torch.tensor([5, 5, 5]))
    nn.functional.cross_entropy(logits, torch.zeros(3, dtype=torch.long))
