"""A squeezed state kept for a head and the original 3-D state handed to the next chunk."""
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 6)
head = nn.Linear(6, 1)


def run(chunks):
    state = None
    for chunk in chunks:
        out, state = lstm(chunk, state)
        summary = state[0].squeeze(0)
        y = head(summary)
    return y


def probe():
    run([torch.randn(4, 1, 3), torch.randn(4, 1, 3)])
