"""Greedy decoding with a batch-first GRU: each picked id is embedded and given a step dim."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab, emb, hidden, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    @torch.no_grad()
    def greedy(self, h, bos, steps):
        tok = torch.full((h.size(1),), bos, dtype=torch.long)
        result = []
        for _ in range(steps):
            y, h = self.gru(self.embed(tok).unsqueeze(1), h)
            logits = self.out(y.squeeze(1))
            tok = logits.argmax(dim=-1)
            result.append(tok)
        return torch.stack(result, 1)


def probe():
    dec = Decoder(25, 6, 10)
    assert dec.greedy(torch.zeros(2, 4, 10), 1, 5).shape == (4, 5)
