"""Batches cut by index up to len(data) // batch_size: every batch is full."""
import torch
import torch.nn as nn

batch_size = 10
hidden_size = 12
num_layers = 2

rnn = nn.GRU(5, hidden_size, num_layers, batch_first=True)


def train(data):
    h0 = torch.zeros(num_layers, batch_size, hidden_size)
    for i in range(len(data) // batch_size):
        batch = data[i * batch_size:(i + 1) * batch_size]
        out, _ = rnn(batch, h0)
    return out


def probe():
    assert train(torch.randn(47, 6, 5)).shape == (10, 6, 12)
