"""An encoder scales its BiGRU output by a factor kept on the module (`self.scale`, set from
a math call the walk does not evaluate) and normalises it with a LayerNorm sized for one
direction; the scale cannot change the 2 * hidden features.
Built on the residual-after-bidirectional fix in
https://github.com/siat-nlp/seq2seq-pytorch/commit/d85870a7b6e73e3797aca01a315832c8df6ca643
(layer_norm2 sized hidden_size after a bidirectional layer)."""
import math

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_size=12, hidden=20):
        super().__init__()
        self.rnn = nn.GRU(input_size, hidden, batch_first=True, bidirectional=True)
        self.scale = math.sqrt(0.5)
        self.norm = nn.LayerNorm(hidden)  # expect: LC007

    def forward(self, x):
        out, _ = self.rnn(x)
        out = out * self.scale
        return self.norm(out)


def probe():
    Encoder()(torch.randn(3, 9, 12))
