# source: variant of bug_010 (a Seq2Seq module builds both halves in __init__ and hands the state over in forward)
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 3, 16), got [2, 3, 16]
"""bug_010 inside one Seq2Seq module: the encoder is a bidirectional GRU, the decoder a one-way
GRU, and forward passes the encoder's final state on unchanged."""
import torch
from torch import nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab, hidden, layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.encoder = nn.GRU(hidden, hidden, layers, bidirectional=True, batch_first=True)
        self.decoder = nn.GRU(hidden, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def encode(self, src):
        outputs, state = self.encoder(self.embedding(src))
        return outputs, state

    def forward(self, src, tgt):
        _, state = self.encode(src)
        dec_out, _ = self.decoder(self.embedding(tgt), state)  # fix: a one-way decoder takes one direction (state[0::2]) or their sum
        return self.out(dec_out)


def probe():
    model = Seq2Seq(30, 16)
    model(torch.randint(0, 30, (3, 6)), torch.randint(0, 30, (3, 4)))


if __name__ == "__main__":
    probe()
