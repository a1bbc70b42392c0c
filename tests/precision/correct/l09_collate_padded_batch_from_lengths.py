"""A collate_fn pads and returns lengths; the state batch is len(lengths)."""
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence
from torch.utils.data import DataLoader

seqs = [torch.randn(n, 3) for n in (5, 3, 7, 2, 6, 4, 1)]


def collate(batch):
    lengths = torch.tensor([len(s) for s in batch])
    return pad_sequence(batch, batch_first=True), lengths


encoder = nn.GRU(3, 8, num_layers=2, batch_first=True, bidirectional=True)


def probe():
    for x, lengths in DataLoader(seqs, batch_size=3, collate_fn=collate):
        h0 = torch.zeros(4, len(lengths), 8)
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        _, h = encoder(packed, h0)
        assert torch.cat([h[-2], h[-1]], 1).shape == (len(lengths), 16)
