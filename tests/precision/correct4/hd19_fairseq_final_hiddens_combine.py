"""fairseq's LSTMEncoder style: final hiddens of a bidirectional encoder (2*L, B, H) combined
per layer with view(L, 2, B, H).transpose(1, 2).reshape(L, B, 2H), for a decoder of 2H."""
import torch
import torch.nn as nn


class LSTMEncoder(nn.Module):
    def __init__(self, embed_dim=8, hidden_size=10, num_layers=2, bidirectional=True):
        super().__init__()
        self.num_layers = num_layers
        self.bidirectional = bidirectional
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(embed_dim, hidden_size, num_layers, bidirectional=bidirectional)
        self.output_units = hidden_size * 2 if bidirectional else hidden_size

    def combine_bidir(self, outs, bsz: int):
        out = outs.view(self.num_layers, 2, bsz, -1).transpose(1, 2).contiguous()
        return out.view(self.num_layers, bsz, -1)

    def forward(self, x):
        outs, (h, c) = self.lstm(x)
        if self.bidirectional:
            h = self.combine_bidir(h, x.size(1))
            c = self.combine_bidir(c, x.size(1))
        return outs, (h, c)


class LSTMDecoder(nn.Module):
    def __init__(self, embed_dim, hidden_size, num_layers):
        super().__init__()
        self.lstm = nn.LSTM(embed_dim, hidden_size, num_layers)

    def forward(self, y, state):
        return self.lstm(y, state)[0]


def probe():
    enc = LSTMEncoder()
    dec = LSTMDecoder(8, enc.output_units, 2)
    _, state = enc(torch.randn(7, 3, 8))
    result = dec(torch.randn(4, 3, 8), state).shape
    assert result == (4, 3, 20)
