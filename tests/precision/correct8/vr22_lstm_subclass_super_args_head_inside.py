"""An nn.LSTM subclass forwarding `*args, **kwargs` to super().__init__ and adding a head from
its own hidden_size and bidirectional attributes."""
import torch
import torch.nn as nn


class LSTMWithHead(nn.LSTM):
    def __init__(self, *args, n_out=1, **kwargs):
        super().__init__(*args, **kwargs)
        self.head = nn.Linear(self.hidden_size * (2 if self.bidirectional else 1), n_out)

    def forward(self, x, hx=None):
        out, state = super().forward(x, hx)
        return self.head(out), state


def probe():
    m1 = LSTMWithHead(5, 8, 2, n_out=3)
    m2 = LSTMWithHead(5, 8, batch_first=True, bidirectional=True)
    assert m1(torch.randn(6, 2, 5))[0].shape == (6, 2, 3)
    assert m2(torch.randn(2, 6, 5))[0].shape == (2, 6, 1)
