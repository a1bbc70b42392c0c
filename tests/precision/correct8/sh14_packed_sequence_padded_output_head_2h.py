"""Packed sequences: pack_padded_sequence in, pad_packed_sequence out; the padded output of a
bidirectional LSTM is 2H wide, the head too."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class PackedTagger(nn.Module):
    def __init__(self, n_in, hidden, n_tags):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.hidden2tag = nn.Linear(hidden * 2, n_tags)

    def forward(self, x, lengths):
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=x.size(1))
        return self.hidden2tag(out)


def probe():
    out = PackedTagger(5, 8, 4)(torch.randn(3, 10, 5), torch.tensor([10, 4, 7]))
    assert out.shape == (3, 10, 4)
