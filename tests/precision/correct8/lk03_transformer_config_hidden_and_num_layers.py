"""No recurrent layer at all: a Transformer encoder with a config whose keys (hidden_size,
num_layers, bidirectional for a BERT-like flag) look like an RNN's."""
import torch
import torch.nn as nn

config = {"hidden_size": 32, "num_layers": 2, "num_heads": 4, "bidirectional": True}


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        layer = nn.TransformerEncoderLayer(cfg["hidden_size"], cfg["num_heads"], batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, cfg["num_layers"])
        self.causal = not cfg["bidirectional"]
        self.head = nn.Linear(cfg["hidden_size"], 3)

    def forward(self, x):
        mask = nn.Transformer.generate_square_subsequent_mask(x.size(1)) if self.causal else None
        return self.head(self.encoder(x, mask=mask))


def probe():
    assert Encoder(config)(torch.randn(2, 6, 32)).shape == (2, 6, 3)
