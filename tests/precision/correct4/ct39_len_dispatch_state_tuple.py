"""`hidden[0] if len(hidden) == 1 else hidden`: one decoder call for GRU and LSTM states kept
as tuples."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, kind):
        super().__init__()
        self.rnn = {"gru": nn.GRU, "lstm": nn.LSTM}[kind](3, 5, 2)

    def forward(self, y, hidden):
        out, new = self.rnn(y, hidden[0] if len(hidden) == 1 else hidden)
        return out, new if isinstance(new, tuple) else (new,)


def probe():
    for kind, hidden in (("gru", (torch.zeros(2, 4, 5),)),
                         ("lstm", (torch.zeros(2, 4, 5), torch.zeros(2, 4, 5)))):
        dec = Decoder(kind)
        out, hidden = dec(torch.randn(1, 4, 3), hidden)
        out, hidden = dec(torch.randn(1, 4, 3), hidden)
        assert out.shape == (1, 4, 5)
