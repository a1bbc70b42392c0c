"""An unbatched two-layer LSTM decoder with 2-D states (num_layers, H) made by hand."""
import torch
import torch.nn as nn

HIDDEN, LAYERS = 10, 2
embed = nn.Embedding(30, 6)
decoder = nn.LSTM(6, HIDDEN, LAYERS)
proj = nn.Linear(HIDDEN, 30)


def generate(start, steps=5):
    h = torch.zeros(LAYERS, HIDDEN)
    c = torch.zeros(LAYERS, HIDDEN)
    token = torch.tensor([start])
    out_tokens = []
    for _ in range(steps):
        out, (h, c) = decoder(embed(token), (h, c))
        token = proj(out).argmax(-1)
        out_tokens.append(token.item())
    return out_tokens


def probe():
    assert len(generate(1)) == 5
