# torch: RuntimeError: Expected hidden[0] size (3, 2, 40), got [2, 3, 40]
# The LSTM's (h, c) is made by a generator over range(2), each part written batch-first like
# the input; states are (layers, batch, hidden) even under batch_first=True.
import torch
from torch import nn

NUM_LAYERS = 3
HIDDEN = 40

lstm = nn.LSTM(input_size=11, hidden_size=HIDDEN, num_layers=NUM_LAYERS, batch_first=True)


def encode(x):
    state = tuple(torch.zeros(x.size(0), NUM_LAYERS, HIDDEN)  # fix: torch.zeros(NUM_LAYERS, x.size(0), HIDDEN)
                  for _ in range(2))
    out, state = lstm(x, state)
    return out[:, -1]


def probe():
    encode(torch.randn(2, 9, 11))
