"""hidden=None on the first call, and the returned state carried only while the batch size
stays the same; the shorter last batch starts from zeros."""
import torch
import torch.nn as nn

rnn = nn.GRU(4, 9, num_layers=2)


def run(chunks):
    hidden = None
    for chunk in chunks:
        if hidden is not None and hidden.size(1) != chunk.size(1):
            hidden = None
        out, hidden = rnn(chunk, hidden)
        hidden = hidden.detach()
    return out


def probe():
    run([torch.randn(6, 16, 4), torch.randn(6, 16, 4), torch.randn(6, 5, 4)])
