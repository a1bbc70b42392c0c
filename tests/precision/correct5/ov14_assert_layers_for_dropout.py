"""An assert in the training script ties dropout to depth; the values pass it."""
import torch
import torch.nn as nn

NUM_LAYERS = 3
DROPOUT = 0.4
assert DROPOUT == 0 or NUM_LAYERS > 1, "dropout needs a stack"

model = nn.LSTM(10, 20, NUM_LAYERS, dropout=DROPOUT)


def probe():
    model(torch.randn(5, 2, 10))
