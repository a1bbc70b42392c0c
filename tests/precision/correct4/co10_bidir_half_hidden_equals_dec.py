"""The encoder is bidirectional of hidden // 2 per direction so its joined state is hidden
wide, the decoder's width: equal by construction."""
import torch
import torch.nn as nn

HIDDEN = 20


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden // 2, layers, bidirectional=True)
        self.decoder = nn.LSTM(n_in, hidden, layers)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        join = lambda s: torch.cat([s[0::2], s[1::2]], -1)
        return self.decoder(tgt, (join(h), join(c)))[0]


def probe():
    result = Model(3, HIDDEN, 2)(torch.randn(5, 2, 3), torch.randn(4, 2, 3)).shape
    assert result == (4, 2, 20)
