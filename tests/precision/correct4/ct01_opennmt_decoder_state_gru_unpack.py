"""OpenNMT-py style: the decoder keeps its state as a tuple, (h,) for a GRU and (h, c) for an
LSTM, and unpacks the 1-tuple before calling the GRU."""
import torch
import torch.nn as nn


class RNNDecoder(nn.Module):
    def __init__(self, rnn_type, emb, hidden, layers):
        super().__init__()
        self.rnn = getattr(nn, rnn_type)(emb, hidden, layers)
        self.state = {}

    def init_state(self, encoder_final):
        if isinstance(encoder_final, tuple):  # LSTM
            self.state["hidden"] = encoder_final
        else:  # GRU
            self.state["hidden"] = (encoder_final,)

    def forward(self, tgt):
        hidden = self.state["hidden"]
        if isinstance(self.rnn, nn.GRU):
            out, h = self.rnn(tgt, hidden[0])
            self.state["hidden"] = (h,)
        else:
            out, h = self.rnn(tgt, hidden)
            self.state["hidden"] = h
        return out


def probe():
    for kind in ("GRU", "LSTM"):
        enc = getattr(nn, kind)(5, 8, 2)
        dec = RNNDecoder(kind, 5, 8, 2)
        _, final = enc(torch.randn(6, 3, 5))
        dec.init_state(final)
        result = dec(torch.randn(4, 3, 5)).shape
        assert result == (4, 3, 8)
        result = dec(torch.randn(2, 3, 5)).shape
        assert result == (2, 3, 8)
