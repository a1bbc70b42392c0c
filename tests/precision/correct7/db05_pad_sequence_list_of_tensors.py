"""Variable-length sequences padded with pad_sequence and packed; feature dim from the data."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence


def probe():
    seqs = [torch.randn(n, 5) for n in (7, 3, 5)]
    lengths = torch.tensor([len(s) for s in seqs])
    padded = pad_sequence(seqs, batch_first=True)
    lstm = nn.LSTM(seqs[0].size(1), 8, batch_first=True, bidirectional=True)
    packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
    out, (h, c) = lstm(packed)
    out, _ = pad_packed_sequence(out, batch_first=True)
    assert out.shape == (3, 7, 16)
    head = nn.Linear(16, 2)
    assert head(torch.cat([h[-2], h[-1]], 1)).shape == (3, 2)
