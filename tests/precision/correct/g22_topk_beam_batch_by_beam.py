"""Batched beam search: B sources x K beams flattened into the batch of a GRUCell."""
import torch
import torch.nn as nn

V, E, H, K = 12, 4, 6, 3
emb = nn.Embedding(V, E)
cell = nn.GRUCell(E, H)
proj = nn.Linear(H, V)


def search(h0, steps=4):
    B = h0.size(0)
    h = h0.unsqueeze(1).expand(B, K, H).reshape(B * K, H)
    tok = torch.zeros(B * K, dtype=torch.long)
    score = torch.zeros(B, K)
    score[:, 1:] = -1e9
    for _ in range(steps):
        h = cell(emb(tok), h)
        logp = proj(h).log_softmax(-1).view(B, K, V)
        score, flat = (score.unsqueeze(2) + logp).view(B, K * V).topk(K, dim=1)
        origin = flat // V + torch.arange(B).unsqueeze(1) * K
        h = h[origin.view(-1)]
        tok = (flat % V).view(-1)
    return tok.view(B, K)


def probe():
    assert search(torch.zeros(2, H)).shape == (2, K)
