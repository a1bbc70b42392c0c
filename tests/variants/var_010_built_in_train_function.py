# source: variant of bug_010 (encoder and decoder built in train() from a config dict; the state handed over there)
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 3, 16), got [2, 3, 16]
"""bug_010 with both models built in a train() function from a dict: the bidirectional encoder's
(2, B, H) state goes straight into the one-way decoder."""
import torch
from torch import nn

CONFIG = {"vocab": 30, "embed": 8, "hidden": 16}


class Encoder(nn.Module):
    def __init__(self, vocab, embed, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, embed)
        self.gru = nn.GRU(embed, hidden, bidirectional=True)

    def forward(self, src):
        return self.gru(self.embedding(src))


class Decoder(nn.Module):
    def __init__(self, vocab, embed, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, embed)
        self.gru = nn.GRU(embed, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tgt, hidden):
        output, hidden = self.gru(self.embedding(tgt), hidden)
        return self.out(output), hidden


def train(cfg):
    encoder = Encoder(cfg["vocab"], cfg["embed"], cfg["hidden"])
    decoder = Decoder(cfg["vocab"], cfg["embed"], cfg["hidden"])
    src = torch.randint(0, cfg["vocab"], (6, 3))
    tgt = torch.randint(0, cfg["vocab"], (4, 3))
    _, hidden = encoder(src)
    logits, _ = decoder(tgt, hidden)  # fix: a one-way decoder takes one direction (hidden[:1]) or the sum of both
    return logits


def probe():
    train(CONFIG)


if __name__ == "__main__":
    probe()
