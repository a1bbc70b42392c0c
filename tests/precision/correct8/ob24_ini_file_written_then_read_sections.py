"""A training script writes its INI config to a temporary file and reads it back with
ConfigParser.read; strings converted with int(), the bool with getboolean."""
import configparser
import os
import tempfile

import torch
import torch.nn as nn

TEXT = """[encoder]
embedding_dim = 24
hidden_dim = 32
bidirectional = true
[decoder]
hidden_dim = 64
"""


def read_config():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "model.ini")
        with open(path, "w") as f:
            f.write(TEXT)
        cfg = configparser.ConfigParser()
        cfg.read(path)
    return cfg


class EncDec(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        emb = int(cfg["encoder"]["embedding_dim"])
        enc_h = int(cfg["encoder"]["hidden_dim"])
        bidir = cfg.getboolean("encoder", "bidirectional")
        self.encoder = nn.LSTM(emb, enc_h, bidirectional=bidir)
        self.decoder = nn.LSTM(enc_h * (2 if bidir else 1), int(cfg["decoder"]["hidden_dim"]))

    def forward(self, x):
        return self.decoder(self.encoder(x)[0])[0]


def probe():
    assert EncDec(read_config())(torch.randn(4, 2, 24)).shape == (4, 2, 64)
