"""A sizes tuple spread into two constructors, rebound in between: the first GRU reads
(4, 8), the second (8, 3) (its input is the first's output)."""
import torch
import torch.nn as nn

sizes = (4, 8)
first = nn.GRU(*sizes, batch_first=True)
sizes = (sizes[1], 3)
second = nn.GRU(*sizes, batch_first=True)


def probe():
    out, _ = first(torch.randn(2, 6, 4))
    out, _ = second(out)
    assert out.shape == (2, 6, 3)
