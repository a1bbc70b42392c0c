"""OpenNMT's RNNDecoderState habit: the state object keeps a tuple whatever the encoder
returned (`hidden if isinstance(hidden, tuple) else (hidden,)`); the decoder passes
`state.hidden[0]` to a GRU and the whole tuple to an LSTM, decided by isinstance of its layer."""
import torch
import torch.nn as nn


class RNNDecoderState:
    def __init__(self, hidden):
        self.hidden = hidden if isinstance(hidden, tuple) else (hidden,)

    def detach(self):
        self.hidden = tuple(h.detach() for h in self.hidden)


class StdRNNDecoder(nn.Module):
    def __init__(self, rnn_type, emb, hidden, layers):
        super().__init__()
        self.rnn = getattr(nn, rnn_type)(emb, hidden, layers)

    def forward(self, tgt, state):
        if isinstance(self.rnn, nn.GRU):
            out, dec_state = self.rnn(tgt, state.hidden[0])
        else:
            out, dec_state = self.rnn(tgt, state.hidden)
        return out, RNNDecoderState(dec_state)


def probe():
    for kind in ("GRU", "LSTM"):
        encoder = getattr(nn, kind)(5, 8, 2)
        decoder = StdRNNDecoder(kind, 5, 8, 2)
        _, final = encoder(torch.randn(6, 3, 5))
        state = RNNDecoderState(final)
        out, state = decoder(torch.randn(2, 3, 5), state)
        state.detach()
        out, state = decoder(torch.randn(2, 3, 5), state)
        assert out.shape == (2, 3, 8)
