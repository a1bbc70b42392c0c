"""forward returns early for unpadded input; otherwise packs by lengths."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Encoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, hidden)

    def forward(self, x, lengths=None):
        if lengths is None:
            out, _ = self.rnn(x)
            return self.proj(out)
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.rnn(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        return self.proj(out)


def probe():
    enc = Encoder(3, 4)
    x = torch.randn(2, 5, 3)
    assert enc(x).shape == (2, 5, 4)
    assert enc(x, torch.tensor([5, 2])).shape == (2, 5, 4)
