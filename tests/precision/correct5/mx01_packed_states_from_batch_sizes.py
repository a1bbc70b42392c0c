"""Packed input: states sized from the packed batch's batch_sizes[0] (the largest batch)."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_sequence

lstm = nn.LSTM(3, 5, num_layers=2)


def run(seqs):
    packed = pack_sequence(seqs, enforce_sorted=False)
    batch = int(packed.batch_sizes[0])
    h0 = torch.zeros(2, batch, 5)
    return lstm(packed, (h0, torch.zeros_like(h0)))


def probe():
    run([torch.randn(4, 3), torch.randn(2, 3), torch.randn(6, 3)])
