"""bptt-style batchify: the data is cut to a multiple of the batch size before it is split,
so every batch has exactly bsz columns and the states made once for bsz always fit."""
import torch
import torch.nn as nn


def batchify(data, bsz):
    nbatch = data.size(0) // bsz
    data = data.narrow(0, 0, nbatch * bsz)
    return data.view(bsz, -1).t().contiguous()


def probe():
    bsz, nhid = 4, 10
    source = batchify(torch.randint(0, 20, (103,)), bsz)
    embed = nn.Embedding(20, 6)
    model = nn.LSTM(6, nhid)
    hidden = (torch.zeros(1, bsz, nhid), torch.zeros(1, bsz, nhid))
    for i in range(0, source.size(0) - 1, 5):
        chunk = source[i:i + 5]
        out, hidden = model(embed(chunk), hidden)
        hidden = tuple(h.detach() for h in hidden)
