"""States stacked from comprehensions whose item does not use the counter: layers * 2 zero rows
for a bidirectional GRU, and an LSTM's pair from `tuple(... for _ in range(2))`."""
import torch
import torch.nn as nn


def gru_state(gru, batch):
    rows = gru.num_layers * (2 if gru.bidirectional else 1)
    return torch.stack([torch.zeros(batch, gru.hidden_size) for _ in range(rows)])


def lstm_state(lstm, batch):
    return tuple(torch.zeros(lstm.num_layers, batch, lstm.hidden_size) for _ in range(2))


def probe():
    gru = nn.GRU(3, 7, 2, bidirectional=True)
    lstm = nn.LSTM(3, 5, 3)
    x = torch.randn(6, 4, 3)
    assert gru(x, gru_state(gru, 4))[0].shape == (6, 4, 14)
    assert lstm(x, lstm_state(lstm, 4))[0].shape == (6, 4, 5)
