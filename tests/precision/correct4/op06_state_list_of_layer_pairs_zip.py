"""AllenNLP's StackedAlternatingLstm style: per-layer final states as a list of (h, c) pairs,
then torch.cat of each half to (layers, B, H) for a stacked LSTM."""
import torch
import torch.nn as nn


def probe():
    layers = nn.ModuleList([nn.LSTM(4, 7, batch_first=True), nn.LSTM(7, 7, batch_first=True)])
    x = torch.randn(2, 5, 4)
    finals = []
    for layer in layers:
        x, state = layer(x)
        finals.append(state)
    h, c = (torch.cat(parts, 0) for parts in zip(*finals))
    stacked = nn.LSTM(4, 7, 2, batch_first=True)
    out, _ = stacked(torch.randn(2, 3, 4), (h, c))
    assert out.shape == (2, 3, 7)
