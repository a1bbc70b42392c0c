"""The config's emb_dim both builds the random stand-in vectors and the LSTM: the width matches."""
import torch
import torch.nn as nn

config = {"vocab": 80, "emb_dim": 24, "hidden": 18, "layers": 2}


def pretrained(cfg):
    return torch.randn(cfg["vocab"], cfg["emb_dim"])


class Model(nn.Module):
    def __init__(self, cfg, vectors):
        super().__init__()
        self.emb = nn.Embedding.from_pretrained(vectors, freeze=False)
        self.rnn = nn.LSTM(cfg["emb_dim"], cfg["hidden"], cfg["layers"])

    def forward(self, x):
        return self.rnn(self.emb(x))[0]


def probe():
    out = Model(config, pretrained(config))(torch.randint(0, 80, (5, 2)))
    assert out.shape == (5, 2, 18)
