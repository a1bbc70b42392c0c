"""GloVe 50d (from the file's name) plus 3 hand-made features per token: the GRU reads
dim + 3."""
import torch
import torch.nn as nn

PATH = "vectors/glove.6B.50d.txt"
dim = int(PATH.rsplit(".", 2)[-2][:-1])
N_EXTRA = 3

emb = nn.Embedding(20, dim)
gru = nn.GRU(dim + N_EXTRA, 8)

ids = torch.randint(0, 20, (6, 2))
extra = torch.randn(6, 2, N_EXTRA)
out, h = gru(torch.cat([emb(ids), extra], dim=-1))


def probe():
    assert out.shape == (6, 2, 8)
