"""The decoder takes the encoder's final state, so the model refuses configs whose two widths
differ (a ValueError, as the word language model does for tied weights)."""
import torch
import torch.nn as nn

ENC_HIDDEN = 16
DEC_HIDDEN = 16


class Seq2Seq(nn.Module):
    def __init__(self, n_in, enc_hidden, dec_hidden):
        super().__init__()
        if enc_hidden != dec_hidden:
            raise ValueError("the decoder starts from the encoder's state: widths must agree")
        self.encoder = nn.GRU(n_in, enc_hidden)
        self.decoder = nn.GRU(n_in, dec_hidden)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        return self.decoder(tgt, h)[0]


model = Seq2Seq(3, ENC_HIDDEN, DEC_HIDDEN)
out = model(torch.randn(5, 2, 3), torch.randn(4, 2, 3))


def probe():
    assert out.shape == (4, 2, DEC_HIDDEN)
