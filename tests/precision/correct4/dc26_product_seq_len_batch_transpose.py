"""A grid over batch sizes and sequence lengths (some equal) for a seq-first model; the data is
made batch-first and transposed every time."""
import itertools

import torch
import torch.nn as nn

model = nn.GRU(4, 6)


def probe():
    for batch, seq_len in itertools.product((4, 8), (4, 8)):
        x = torch.randn(batch, seq_len, 4).transpose(0, 1)
        out, h = model(x)
        assert out.shape == (seq_len, batch, 6) and h.shape == (1, batch, 6)
