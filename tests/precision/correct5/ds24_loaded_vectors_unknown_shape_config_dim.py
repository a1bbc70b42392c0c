"""Vectors come from a file (shape unknown to a reader of the code); the config's embed_dim is
checked against them before the LSTM is built."""
import io

import torch
import torch.nn as nn

config = {"embed_dim": 64, "hidden": 32}


def load_vectors(blob):
    return torch.load(blob)


def build(vectors, cfg):
    if vectors.size(1) != cfg["embed_dim"]:
        raise ValueError(f"vectors are {vectors.size(1)}-d, config says {cfg['embed_dim']}")
    embedding = nn.Embedding.from_pretrained(vectors)
    return embedding, nn.LSTM(cfg["embed_dim"], cfg["hidden"])


def probe():
    buffer = io.BytesIO()
    torch.save(torch.randn(30, 64), buffer)
    buffer.seek(0)
    embedding, lstm = build(load_vectors(buffer), config)
    lstm(embedding(torch.randint(0, 30, (5, 2))))
