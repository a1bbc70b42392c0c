"""glove.6B.100d.txt loaded and cut to its first 50 dims for a small model: the LSTM takes 50,
the width after the slice, not the 100 the file's name says."""
import torch
import torch.nn as nn

GLOVE = "glove.6B.100d.txt"
SMALL_DIM = 50


def load(path, vocab=30):
    return torch.randn(vocab, int(path.rsplit(".", 2)[-2][:-1]))


vectors = load(GLOVE)[:, :SMALL_DIM]
embedding = nn.Embedding.from_pretrained(vectors)
lstm = nn.LSTM(SMALL_DIM, 12, batch_first=True)
out, _ = lstm(embedding(torch.randint(0, 30, (2, 7))))


def probe():
    assert out.shape == (2, 7, 12)
