"""A custom collate pads variable-length sequences; the state's batch comes from the lengths."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence
from torch.utils.data import DataLoader


def collate(batch):
    seqs = [torch.as_tensor(s, dtype=torch.float32) for s in batch]
    lengths = torch.tensor([len(s) for s in seqs])
    return pad_sequence(seqs, batch_first=True), lengths


class Encoder(nn.Module):
    def __init__(self, n_features, hidden, layers):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.rnn = nn.GRU(n_features, hidden, layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 1)

    def forward(self, padded, lengths):
        h0 = torch.zeros(2 * self.layers, len(lengths), self.hidden)
        packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
        _, h_n = self.rnn(packed, h0)
        return self.fc(torch.cat([h_n[-2], h_n[-1]], dim=-1))


def probe():
    sequences = [torch.randn(n, 3) for n in (5, 2, 7, 4, 6, 3, 1)]
    loader = DataLoader(sequences, batch_size=3, collate_fn=collate)
    model = Encoder(n_features=3, hidden=4, layers=2)
    for padded, lengths in loader:
        assert model(padded, lengths).shape == (len(lengths), 1)
