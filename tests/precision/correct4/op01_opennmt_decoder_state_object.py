"""An OpenNMT-py (0.x) RNNDecoderState: hidden always a tuple, coverage and input_feed on the
side; the GRU decoder takes hidden[0], the LSTM decoder the tuple."""
import torch
import torch.nn as nn


class RNNDecoderState:
    def __init__(self, hidden_size, rnnstate):
        if not isinstance(rnnstate, tuple):
            self.hidden = (rnnstate,)
        else:
            self.hidden = rnnstate
        batch_size = self.hidden[0].size(1)
        self.input_feed = self.hidden[0].new_zeros(1, batch_size, hidden_size)

    def update_state(self, rnnstate, input_feed):
        self.hidden = rnnstate if isinstance(rnnstate, tuple) else (rnnstate,)
        self.input_feed = input_feed


class StdRNNDecoder(nn.Module):
    def __init__(self, rnn_type, emb, hidden, layers):
        super().__init__()
        self.rnn_type = rnn_type
        self.hidden_size = hidden
        self.rnn = getattr(nn, rnn_type)(emb, hidden, layers)

    def forward(self, tgt, state: RNNDecoderState):
        if isinstance(self.rnn, nn.GRU):
            out, final = self.rnn(tgt, state.hidden[0])
        else:
            out, final = self.rnn(tgt, state.hidden)
        state.update_state(final, out[-1:])
        return out, state


def probe():
    for rnn_type in ("GRU", "LSTM"):
        encoder = getattr(nn, rnn_type)(4, 6, 2)
        decoder = StdRNNDecoder(rnn_type, 4, 6, 2)
        _, enc_final = encoder(torch.randn(5, 3, 4))
        state = RNNDecoderState(6, enc_final)
        out, state = decoder(torch.randn(2, 3, 4), state)
        out, state = decoder(torch.randn(1, 3, 4), state)
        assert out.shape == (1, 3, 6) and state.input_feed.shape == (1, 3, 6)
