# source: correct variant of bug_010 (a Seq2Seq module hands a bidirectional encoder's state to a one-way decoder, directions summed)
"""The wrapper route of var_010, written right: the two directions of the encoder's state are
summed before the one-way decoder takes it."""
import torch
from torch import nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab, hidden, layers=1):
        super().__init__()
        self.layers = layers
        self.embedding = nn.Embedding(vocab, hidden)
        self.encoder = nn.GRU(hidden, hidden, layers, bidirectional=True, batch_first=True)
        self.decoder = nn.GRU(hidden, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def encode(self, src):
        outputs, state = self.encoder(self.embedding(src))
        state = state.view(self.layers, 2, src.size(0), -1).sum(dim=1)
        return outputs, state

    def forward(self, src, tgt):
        _, state = self.encode(src)
        dec_out, _ = self.decoder(self.embedding(tgt), state)
        return self.out(dec_out)


def probe():
    model = Seq2Seq(30, 16)
    model(torch.randint(0, 30, (3, 6)), torch.randint(0, 30, (3, 4)))


if __name__ == "__main__":
    probe()
