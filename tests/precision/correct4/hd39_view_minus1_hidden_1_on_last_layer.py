"""A scorer that views the last layer's state h[-1] as (B, H, 1) for a bmm with the outputs:
one layer's rows, as the bmm needs."""
import torch
import torch.nn as nn


class Attn(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(4, hidden, num_layers=2, batch_first=True)

    def forward(self, x):
        out, (h, _) = self.rnn(x)
        query = h[-1].view(-1, self.hidden, 1)
        w = torch.bmm(out, query).squeeze(2).softmax(1)
        return torch.bmm(w.unsqueeze(1), out).squeeze(1)


def probe():
    result = Attn(5)(torch.randn(3, 6, 4)).shape
    assert result == (3, 5)
