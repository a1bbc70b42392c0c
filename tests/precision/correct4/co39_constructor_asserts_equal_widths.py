"""The constructor asserts enc_hidden == dec_hidden before handing the encoder's (h, c) to the
decoder as is."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in, enc_hidden, dec_hidden):
        super().__init__()
        assert enc_hidden == dec_hidden, "the decoder starts from the encoder's state"
        self.encoder = nn.LSTM(n_in, enc_hidden)
        self.decoder = nn.LSTM(n_in, dec_hidden)

    def forward(self, src, tgt):
        _, state = self.encoder(src)
        return self.decoder(tgt, state)[0]


model = Seq2Seq(3, 16, 16)
out = model(torch.randn(5, 2, 3), torch.randn(4, 2, 3))


def probe():
    assert out.shape == (4, 2, 16)
