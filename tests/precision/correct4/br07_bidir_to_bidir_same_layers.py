"""A bidirectional encoder's state handed as is to a bidirectional decoder of the same depth
and width: 2*layers on dim 0 both sides."""
import torch
import torch.nn as nn


class BiSeq2Seq(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, layers, bidirectional=True, batch_first=True)
        self.decoder = nn.LSTM(n_in, hidden, layers, bidirectional=True, batch_first=True)

    def forward(self, src, tgt):
        _, state = self.encoder(src)
        return self.decoder(tgt, state)[0]


def probe():
    result = BiSeq2Seq(3, 4, 2)(torch.randn(2, 6, 3), torch.randn(2, 5, 3)).shape
    assert result == (2, 5, 8)
