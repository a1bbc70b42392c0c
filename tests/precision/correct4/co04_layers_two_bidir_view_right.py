"""num_layers == 2 == num_directions; the view still puts layers first and directions second,
h.view(num_layers, num_directions, B, H), as torch documents."""
import torch
import torch.nn as nn

num_layers = 2
num_directions = 2
hidden = 5

rnn = nn.GRU(3, hidden, num_layers, bidirectional=num_directions == 2)
head = nn.Linear(num_directions * hidden, 1)


def probe():
    _, h = rnn(torch.randn(4, 6, 3))
    h = h.view(num_layers, num_directions, 6, hidden)
    last = h[-1].transpose(0, 1).reshape(6, -1)
    result = head(last).shape
    assert result == (6, 1)
