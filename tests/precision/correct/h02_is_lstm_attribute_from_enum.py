"""__init__ keeps is_lstm = (rnn_type == 'lstm'); forward branches on the bool."""
import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, rnn_type="gru"):
        super().__init__()
        self.is_lstm = rnn_type == "lstm"
        self.hidden = hidden
        cls = nn.LSTM if self.is_lstm else nn.GRU
        self.rnn = cls(n_in, hidden, batch_first=True)

    def forward(self, x):
        h = torch.zeros(1, x.size(0), self.hidden)
        state = (h, torch.zeros_like(h)) if self.is_lstm else h
        out, _ = self.rnn(x, state)
        return out


def probe():
    x = torch.randn(2, 4, 3)
    assert Encoder(3, 6)(x).shape == (2, 4, 6)
    assert Encoder(3, 6, rnn_type="lstm")(x).shape == (2, 4, 6)
