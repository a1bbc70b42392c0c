# torch: RuntimeError: Expected hidden size (1, 3, 10), got [3, 1, 10]
# A streaming loop keeps the GRU's state between chunks and makes a fresh one when there is
# none (`if h is not None and keep:` ... `else:`); the fresh state is written batch-first,
# like the chunks, but a state is (layers, batch, hidden) even under batch_first=True.
import torch
from torch import nn

gru = nn.GRU(input_size=6, hidden_size=10, batch_first=True)


def stream(chunks, keep=True):
    h = None
    i = 0
    while i < len(chunks):
        x = chunks[i]
        if h is not None and keep:
            h = h.detach()
        else:
            h = torch.zeros(x.size(0), 1, 10)  # fix: torch.zeros(1, x.size(0), 10)
        y, h = gru(x, h)
        i += 1
    return y


def probe():
    stream([torch.randn(3, 5, 6), torch.randn(3, 5, 6)])
