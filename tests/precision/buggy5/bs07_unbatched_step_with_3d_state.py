# expect: LC009 line 19
"""A decoder fed one token's embedding (1, E): 2-D, unbatched, with a batched 3-D state from a
batched encoder."""
import torch
import torch.nn as nn

embed = nn.Embedding(20, 6)
encoder = nn.GRU(6, 8)
decoder = nn.GRU(6, 8)
out_layer = nn.Linear(8, 20)


def greedy(src, steps=3):
    _, hidden = encoder(embed(src))          # src (L, 1): hidden (1, 1, 8)
    token = torch.tensor([0])
    result = []
    for _ in range(steps):
        emb = embed(token)                   # (1, 6)
        out, hidden = decoder(emb, hidden)  # fix: embed(token).unsqueeze(0)
        token = out_layer(out[-1]).argmax(-1)
        result.append(token)
    return result


def probe():
    greedy(torch.randint(0, 20, (5, 1)))
