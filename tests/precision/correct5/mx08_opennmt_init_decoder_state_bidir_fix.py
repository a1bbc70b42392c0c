"""OpenNMT-py's _fix_enc_hidden: a bidirectional encoder's (layers*2, B, H/2) states are joined
into (layers, B, H) for the decoder of rnn_size H."""
import torch
import torch.nn as nn


class RNNDecoderBase(nn.Module):
    def __init__(self, emb, rnn_size, layers, bidirectional_encoder):
        super().__init__()
        self.bidirectional_encoder = bidirectional_encoder
        self.rnn = nn.LSTM(emb, rnn_size, layers)

    def _fix_enc_hidden(self, hidden):
        if self.bidirectional_encoder:
            hidden = torch.cat([hidden[0:hidden.size(0):2], hidden[1:hidden.size(0):2]], 2)
        return hidden

    def init_state(self, encoder_final):
        return tuple(self._fix_enc_hidden(h) for h in encoder_final)

    def forward(self, tgt, state):
        return self.rnn(tgt, state)[0]


def probe():
    rnn_size, layers = 10, 2
    enc = nn.LSTM(4, rnn_size // 2, layers, bidirectional=True)
    _, final = enc(torch.randn(6, 3, 4))
    dec = RNNDecoderBase(4, rnn_size, layers, True)
    assert dec(torch.randn(5, 3, 4), dec.init_state(final)).shape == (5, 3, 10)
