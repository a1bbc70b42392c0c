"""Two vector files to choose from; the width is parsed from the path chosen and the LSTM is
built from that width."""
import torch
import torch.nn as nn

VECTORS = {"small": "glove.6B.50d.txt", "large": "glove.840B.300d.txt"}


def dim_of(path):
    return int(path.rsplit(".", 2)[-2][:-1])


def build(choice, hidden=16):
    path = VECTORS[choice]
    dim = dim_of(path)
    emb = nn.Embedding(40, dim)
    lstm = nn.LSTM(dim, hidden)
    return emb, lstm


def probe():
    for choice in VECTORS:
        emb, lstm = build(choice)
        result = lstm(emb(torch.randint(0, 40, (4, 2))))[0].shape
        assert result == (4, 2, 16)
