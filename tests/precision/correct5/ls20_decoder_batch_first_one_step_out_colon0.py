"""A batch-first decoder run one step: out[:, 0] is that step, (B, H)."""
import torch
import torch.nn as nn


class StepDecoder(nn.Module):
    def __init__(self, vocab=12, emb=4, hid=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)
        self.out = nn.Linear(hid, vocab)

    def forward(self, tokens, h):     # tokens (B, 1)
        y, h = self.rnn(self.embed(tokens), h)
        return self.out(y[:, 0]), h


def probe():
    dec = StepDecoder()
    h = torch.zeros(1, 3, 6)
    tok = torch.zeros(3, 1, dtype=torch.long)
    for _ in range(3):
        logits, h = dec(tok, h)
        tok = logits.argmax(-1, keepdim=True)
