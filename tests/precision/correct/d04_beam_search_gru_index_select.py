"""Beam search for one source: beams are the batch of a seq-first GRU; states follow the
surviving beams with index_select on dim 1."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab, emb, hidden, layers):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, layers)
        self.proj = nn.Linear(hidden, vocab)


def beam_search(dec, h, beam=3, steps=5, bos=1):
    vocab = dec.proj.out_features
    h = h.repeat(1, beam, 1)                       # (layers, beam, H)
    tokens = torch.full((beam,), bos, dtype=torch.long)
    scores = torch.zeros(beam)
    scores[1:] = -1e9
    for _ in range(steps):
        out, h = dec.rnn(dec.emb(tokens).unsqueeze(0), h)
        logp = dec.proj(out.squeeze(0)).log_softmax(-1)   # (beam, V)
        total = (scores.unsqueeze(1) + logp).view(-1)
        scores, flat = total.topk(beam)
        origin = torch.div(flat, vocab, rounding_mode="floor")
        tokens = flat % vocab
        h = h.index_select(1, origin)
    return tokens, scores


def probe():
    dec = Decoder(12, 5, 7, 2)
    tokens, scores = beam_search(dec, torch.zeros(2, 1, 7))
    assert tokens.shape == (3,)
