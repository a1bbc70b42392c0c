# source: variant of bug_022 (the layer's keywords in a nested dict; the encoder block passed as a function parameter and read with .get)
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""bug_022 with the encoder block read key by key with .get inside a builder function: one layer,
dropout 0.5."""
import torch
from torch import nn

CONFIG = {
    "encoder": {
        "input_size": 50,
        "hidden_size": 100,
        "num_layers": 1,
        "dropout": 0.5,  # fix: no dropout on a one-layer LSTM (or num_layers >= 2)
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
    encoder(torch.randn(2, 7, 50))


if __name__ == "__main__":
    probe()
