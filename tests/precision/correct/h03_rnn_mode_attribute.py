"""A helper branches on the layer's own mode string ('LSTM', 'GRU')."""
import torch
import torch.nn as nn


def zeros_state(rnn, batch):
    h = torch.zeros(rnn.num_layers, batch, rnn.hidden_size)
    return (h, h.clone()) if rnn.mode == "LSTM" else h


def probe():
    for rnn in (nn.LSTM(4, 6, 2), nn.GRU(4, 6), nn.RNN(4, 6)):
        out, _ = rnn(torch.randn(5, 3, 4), zeros_state(rnn, 3))
        assert out.shape == (5, 3, 6)
