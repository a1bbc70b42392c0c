"""A YAML-like nested config: encoder of 3 layers with dropout 0.2, bidirectional."""
import torch
import torch.nn as nn

CONFIG = {
    "model": {
        "encoder": {"type": "lstm", "hidden_size": 32, "num_layers": 3, "dropout": 0.2, "bidirectional": True},
        "embedding_dim": 16,
    },
    "train": {"batch_size": 4},
}


def build_encoder(model_cfg):
    enc = model_cfg["encoder"]
    return nn.LSTM(model_cfg["embedding_dim"], enc["hidden_size"], enc["num_layers"],
                   dropout=enc["dropout"], bidirectional=enc["bidirectional"], batch_first=True)


def probe():
    enc = build_encoder(CONFIG["model"])
    out, (h, c) = enc(torch.randn(CONFIG["train"]["batch_size"], 7, 16))
    assert out.shape[-1] == 64
