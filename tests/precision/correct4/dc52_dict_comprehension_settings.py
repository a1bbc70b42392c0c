"""Models built by a dict comprehension over listed (layers, dropout) pairs, the one-layer pair
with dropout 0."""
import torch
import torch.nn as nn

SETTINGS = [(1, 0.0), (2, 0.3), (3, 0.3)]
models = {f"l{n}": nn.GRU(4, 8, n, dropout=p) for n, p in SETTINGS}
for name, m in models.items():
    out, h = m(torch.randn(3, 2, 4))


def probe():
    assert out.shape == (3, 2, 8) and len(models) == 3
