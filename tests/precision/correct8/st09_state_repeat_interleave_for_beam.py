"""Beam search: the encoder state repeated per beam along the batch dim with
repeat_interleave(beam, dim=1), and the decoder fed batch * beam rows."""
import torch
import torch.nn as nn


class Translator(nn.Module):
    def __init__(self, emb, hidden, vocab, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, layers)
        self.decoder = nn.LSTM(emb, hidden, layers)
        self.out = nn.Linear(hidden, vocab)

    def first_step(self, src, beam):
        _, (h, c) = self.encoder(self.embed(src))
        h, c = h.repeat_interleave(beam, dim=1), c.repeat_interleave(beam, dim=1)
        bos = torch.zeros(1, src.size(1) * beam, dtype=torch.long)
        out, _ = self.decoder(self.embed(bos), (h, c))
        return self.out(out).log_softmax(-1)


def probe():
    scores = Translator(8, 16, 30).first_step(torch.randint(0, 30, (6, 3)), beam=4)
    assert scores.shape == (1, 12, 30)
