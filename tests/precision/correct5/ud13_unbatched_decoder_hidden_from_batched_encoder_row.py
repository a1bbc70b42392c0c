"""A batched encoder of one sentence; its state's batch row 0 (layers, H) starts an unbatched
decoder fed (1, E) steps."""
import torch
import torch.nn as nn

embed = nn.Embedding(20, 6)
encoder = nn.LSTM(6, 8, num_layers=2, batch_first=True)
decoder = nn.LSTM(6, 8, num_layers=2)
proj = nn.Linear(8, 20)


def greedy(src, steps=3):       # src (1, L)
    _, (h, c) = encoder(embed(src))
    h, c = h[:, 0], c[:, 0]      # (2, 8) each
    token = torch.tensor([1])
    for _ in range(steps):
        out, (h, c) = decoder(embed(token), (h, c))
        token = proj(out).argmax(-1)
    return token


def probe():
    greedy(torch.randint(0, 20, (1, 5)))
