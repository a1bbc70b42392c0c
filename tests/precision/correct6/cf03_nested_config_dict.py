"""A nested config (model/encoder/decoder) as a YAML file would load it; sizes read two levels deep."""
import torch
import torch.nn as nn

CONFIG = {
    "data": {"n_features": 13},
    "model": {
        "encoder": {"hidden": 24, "layers": 2, "bidirectional": True},
        "decoder": {"hidden": 48},
    },
}


class Seq2Vec(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        enc = cfg["model"]["encoder"]
        self.encoder = nn.LSTM(cfg["data"]["n_features"], enc["hidden"], enc["layers"],
                               bidirectional=enc["bidirectional"], batch_first=True)
        self.decoder = nn.LSTMCell(2 * enc["hidden"], cfg["model"]["decoder"]["hidden"])

    def forward(self, x):
        out, _ = self.encoder(x)
        h, c = self.decoder(out[:, -1])
        return h


def probe():
    out = Seq2Vec(CONFIG)(torch.randn(4, 10, 13))
    assert out.shape == (4, 48)
