"""Builders one level deeper: build_encoder(cfg) returns (module, out_dim), build_head(out_dim)
makes the head; the width travels through the returned tuple."""
import torch
import torch.nn as nn


def build_encoder(cfg):
    rnn = nn.GRU(cfg["in_dim"], cfg["hidden"], cfg["layers"], batch_first=True,
                 bidirectional=cfg["bidirectional"])
    out_dim = cfg["hidden"] * (2 if cfg["bidirectional"] else 1)
    return rnn, out_dim


def build_head(in_dim, n_out):
    return nn.Sequential(nn.Dropout(0.1), nn.Linear(in_dim, n_out))


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder, dim = build_encoder(cfg)
        self.head = build_head(dim, cfg["classes"])

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.head(out[:, -1])


def probe():
    for bidir in (True, False):
        cfg = {"in_dim": 5, "hidden": 9, "layers": 2, "bidirectional": bidir, "classes": 3}
        assert Model(cfg)(torch.randn(4, 6, 5)).shape == (4, 3)
