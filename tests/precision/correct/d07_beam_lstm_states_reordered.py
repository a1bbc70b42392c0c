"""Beam search with a batch-first LSTM; both states are reordered per beam."""
import torch
from torch import nn

emb = nn.Embedding(16, 6)
lstm = nn.LSTM(6, 8, num_layers=2, batch_first=True)
proj = nn.Linear(8, 16)


def search(h, c, beam=4, steps=3):
    h, c = h.expand(-1, beam, -1).contiguous(), c.expand(-1, beam, -1).contiguous()
    tok = torch.zeros(beam, 1, dtype=torch.long)
    score = torch.zeros(beam)
    for _ in range(steps):
        out, (h, c) = lstm(emb(tok), (h, c))
        logp = proj(out[:, -1]).log_softmax(-1)
        cand = (score[:, None] + logp).flatten()
        score, idx = cand.topk(beam)
        beam_idx, tok_idx = idx // 16, idx % 16
        h, c = h[:, beam_idx], c[:, beam_idx]
        tok = tok_idx.unsqueeze(1)
    return tok


def probe():
    assert search(torch.zeros(2, 1, 8), torch.zeros(2, 1, 8)).shape == (4, 1)
