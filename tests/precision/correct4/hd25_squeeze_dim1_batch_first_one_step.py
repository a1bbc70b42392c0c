"""A decoder fed one step at a time (B, 1, E): its output squeezed on dim 1 to (B, H)."""
import torch
import torch.nn as nn


class StepDecoder(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, token, hidden):
        emb = self.embedding(token).unsqueeze(1)
        output, hidden = self.rnn(emb, hidden)
        return self.out(output.squeeze(1)), hidden


def probe():
    dec = StepDecoder(20, 6, 9)
    h = torch.zeros(1, 4, 9)
    tok = torch.zeros(4, dtype=torch.long)
    for _ in range(3):
        logits, h = dec(tok, h)
        tok = logits.argmax(-1)
    assert logits.shape == (4, 20)
