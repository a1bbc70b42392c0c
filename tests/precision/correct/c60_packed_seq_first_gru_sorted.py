"""Sequence-first packing with lengths sorted descending, GRU states from the packed batch."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class SortedPackedGRU(nn.Module):
    def __init__(self, vocab, emb, hidden, layers):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.embed = nn.Embedding(vocab, emb, padding_idx=0)
        self.gru = nn.GRU(emb, hidden, layers, dropout=0.1)

    def forward(self, padded, lengths):
        h0 = torch.zeros(self.layers, padded.size(1), self.hidden)
        packed = pack_padded_sequence(self.embed(padded), lengths)
        out, h_n = self.gru(packed, h0)
        out, out_lengths = pad_packed_sequence(out)
        return out, h_n


def probe():
    model = SortedPackedGRU(vocab=20, emb=4, hidden=6, layers=2)
    out, h = model(torch.randint(1, 20, (8, 3)), torch.tensor([8, 5, 2]))
    assert out.shape == (8, 3, 6) and h.shape == (2, 3, 6)
