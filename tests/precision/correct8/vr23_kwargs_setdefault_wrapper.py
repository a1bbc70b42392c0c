"""A wrapper taking `**kwargs`, filling `batch_first` with setdefault, building nn.GRU(**kwargs);
its head reads the same kwargs' hidden_size and bidirectional."""
import torch
import torch.nn as nn


class GRUEncoder(nn.Module):
    def __init__(self, n_out, **kwargs):
        super().__init__()
        kwargs.setdefault("batch_first", True)
        kwargs.setdefault("num_layers", 1)
        self.gru = nn.GRU(**kwargs)
        width = kwargs["hidden_size"] * (2 if kwargs.get("bidirectional", False) else 1)
        self.head = nn.Linear(width, n_out)

    def forward(self, x):
        return self.head(self.gru(x)[0])


def probe():
    a = GRUEncoder(2, input_size=4, hidden_size=6)
    b = GRUEncoder(2, input_size=4, hidden_size=6, bidirectional=True, num_layers=2)
    x = torch.randn(3, 5, 4)
    assert a(x).shape == b(x).shape == (3, 5, 2)
