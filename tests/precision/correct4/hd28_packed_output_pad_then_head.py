"""Packed sequences: pad_packed_sequence gives (B, T, 2H) for a batch-first BiGRU; the head
takes 2H and the last valid step is gathered by length."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=5):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x, lengths):
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.rnn(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        idx = (lengths - 1).view(-1, 1, 1).expand(-1, 1, out.size(2))
        return self.fc(out.gather(1, idx).squeeze(1))


def probe():
    result = Model()(torch.randn(3, 6, 3), torch.tensor([6, 2, 4])).shape
    assert result == (3, 2)
