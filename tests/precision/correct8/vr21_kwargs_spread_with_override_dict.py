"""Layer kwargs spread with an override (`nn.LSTM(**{**BASE, "bidirectional": True})`) and
`dict(BASE, hidden_size=64)`; each head follows its own merged dict."""
import torch
import torch.nn as nn

BASE = {"input_size": 10, "hidden_size": 32, "num_layers": 1, "batch_first": True}


class TwoEncoders(nn.Module):
    def __init__(self):
        super().__init__()
        bi = {**BASE, "bidirectional": True}
        wide = dict(BASE, hidden_size=64)
        self.bi = nn.LSTM(**bi)
        self.wide = nn.LSTM(**wide)
        self.bi_head = nn.Linear(2 * bi["hidden_size"], 1)
        self.wide_head = nn.Linear(wide["hidden_size"], 1)

    def forward(self, x):
        return self.bi_head(self.bi(x)[0]) + self.wide_head(self.wide(x)[0])


def probe():
    assert TwoEncoders()(torch.randn(2, 4, 10)).shape == (2, 4, 1)
