"""OpenNMT style: a bidirectional encoder uses hidden//2 per direction, and _fix_enc_hidden
joins each layer's directions so the decoder gets (layers, B, hidden)."""
import torch
import torch.nn as nn


class RNNEncoder(nn.Module):
    def __init__(self, emb_size, hidden_size, num_layers, bidirectional):
        super().__init__()
        num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(emb_size, hidden_size // num_directions, num_layers,
                           bidirectional=bidirectional)

    def forward(self, emb):
        return self.rnn(emb)


class RNNDecoder(nn.Module):
    def __init__(self, emb_size, hidden_size, num_layers, bidirectional_encoder):
        super().__init__()
        self.bidirectional_encoder = bidirectional_encoder
        self.rnn = nn.LSTM(emb_size, hidden_size, num_layers)

    def init_state(self, encoder_final):
        def _fix_enc_hidden(hidden):
            if self.bidirectional_encoder:
                hidden = torch.cat([hidden[0:hidden.size(0):2], hidden[1:hidden.size(0):2]], 2)
            return hidden
        return tuple(_fix_enc_hidden(h) for h in encoder_final)

    def forward(self, tgt_emb, state):
        return self.rnn(tgt_emb, state)


def probe():
    for bidir in (True, False):
        enc = RNNEncoder(emb_size=6, hidden_size=10, num_layers=2, bidirectional=bidir)
        dec = RNNDecoder(emb_size=6, hidden_size=10, num_layers=2, bidirectional_encoder=bidir)
        memory, final = enc(torch.randn(7, 3, 6))
        out, _ = dec(torch.randn(4, 3, 6), dec.init_state(final))
        assert out.shape == (4, 3, 10)
