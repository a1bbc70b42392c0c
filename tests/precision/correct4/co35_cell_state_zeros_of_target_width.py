"""h bridged by a Linear to the decoder's width and c started as zeros of that width: right
whatever the encoder's width (equal to the decoder's in this config)."""
import torch
import torch.nn as nn

ENC_H, DEC_H = 20, 20


class Model(nn.Module):
    def __init__(self, enc_h, dec_h):
        super().__init__()
        self.encoder = nn.LSTM(4, enc_h, batch_first=True)
        self.bridge = nn.Linear(enc_h, dec_h)
        self.decoder = nn.LSTM(4, dec_h, batch_first=True)

    def forward(self, src, tgt):
        _, (h, _) = self.encoder(src)
        h0 = torch.tanh(self.bridge(h))
        c0 = torch.zeros_like(h0)
        return self.decoder(tgt, (h0, c0))[0]


def probe():
    result = Model(ENC_H, DEC_H)(torch.randn(2, 5, 4), torch.randn(2, 3, 4)).shape
    assert result == (2, 3, 20)
    result = Model(8, 14)(torch.randn(2, 5, 4), torch.randn(2, 3, 4)).shape
    assert result == (2, 3, 14)
