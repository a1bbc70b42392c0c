"""A collate_fn pads with pad_sequence (seq-first by default) for a seq-first GRU."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

sequences = [torch.randn(n, 4) for n in (5, 3, 7, 2, 6)]


def collate(batch):
    return pad_sequence(batch), torch.tensor([len(s) for s in batch])


loader = DataLoader(sequences, batch_size=2, collate_fn=collate)
gru = nn.GRU(4, 6)


def probe():
    for padded, lengths in loader:
        out, h = gru(padded)
        assert out.shape[1] == len(lengths) and h.shape == (1, len(lengths), 6)
