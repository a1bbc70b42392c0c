"""hidden[0][-2, :, :] and hidden[0][-1, :, :]: the last layer's directions of h, taken from
the LSTM's (h, c) tuple by its first item."""
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 4, num_layers=2, bidirectional=True)
fc = nn.Linear(8, 1)


def probe():
    _, hidden = lstm(torch.randn(6, 2, 3))
    joined = torch.cat((hidden[0][-2, :, :], hidden[0][-1, :, :]), dim=1)
    result = fc(joined).shape
    assert result == (2, 1)
