"""Packed variable-length input to a BiGRU; the padded output is 2 * hidden wide."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Tagger(nn.Module):
    def __init__(self, vocab=40, emb=10, hidden=8, tags=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.rnn = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, tags)

    def forward(self, tokens, lengths):
        packed = pack_padded_sequence(self.emb(tokens), lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.rnn(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        return self.out(out)


def probe():
    tokens = torch.randint(1, 40, (3, 6))
    out = Tagger()(tokens, torch.tensor([6, 2, 4]))
    assert out.shape == (3, 6, 4)
