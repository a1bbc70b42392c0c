"""Two nested loops over layer counts and widths; dropout set from the layer count."""
import torch
import torch.nn as nn


def probe():
    for num_layers in (1, 2, 4):
        for hidden_size in (4, 9):
            dropout = 0.0 if num_layers == 1 else 0.3
            lstm = nn.LSTM(5, hidden_size, num_layers, dropout=dropout)
            h0 = torch.zeros(num_layers, 2, hidden_size)
            out, _ = lstm(torch.randn(3, 2, 5), (h0, h0))
            assert out.shape == (3, 2, hidden_size)
