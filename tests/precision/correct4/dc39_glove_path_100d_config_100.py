"""The vectors' file is glove.6B.100d.txt and the config's embedding_dim is 100: the width the
file's name says is the width the LSTM is built for (the vectors stood in by randn)."""
import torch
import torch.nn as nn

GLOVE_PATH = "data/glove.6B.100d.txt"
CONFIG = {"embedding_dim": 100, "hidden_dim": 32}


def load_vectors(path, vocab=60):
    dim = int(path.rsplit(".", 2)[-2][:-1])
    return torch.randn(vocab, dim)


class Encoder(nn.Module):
    def __init__(self, vectors, cfg):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors)
        self.lstm = nn.LSTM(cfg["embedding_dim"], cfg["hidden_dim"], batch_first=True)

    def forward(self, ids):
        return self.lstm(self.embedding(ids))[0]


def probe():
    enc = Encoder(load_vectors(GLOVE_PATH), CONFIG)
    result = enc(torch.randint(0, 60, (2, 5))).shape
    assert result == (2, 5, 32)
