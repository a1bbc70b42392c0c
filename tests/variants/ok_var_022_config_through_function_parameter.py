# source: correct variant of bug_022 (the encoder block read with .get in a builder; two layers carry the dropout)
"""The .get route of var_022, written right: two layers, so the dropout applies."""
import torch
from torch import nn

CONFIG = {
    "encoder": {
        "input_size": 50,
        "hidden_size": 100,
        "num_layers": 2,
        "dropout": 0.5,
    },
}


def build_encoder(block):
    return nn.LSTM(
        block.get("input_size"),
        block.get("hidden_size"),
        num_layers=block.get("num_layers", 1),
        dropout=block.get("dropout", 0.0),
        batch_first=True,
    )


def probe():
    encoder = build_encoder(CONFIG["encoder"])
    out, (h_n, c_n) = encoder(torch.randn(2, 7, 50), (torch.zeros(2, 2, 100), torch.zeros(2, 2, 100)))
    return out


if __name__ == "__main__":
    probe()
