"""The encoder's directions summed per layer: h.view(layers, 2, B, H).sum(1) to a one-way
decoder of H and the same layers (the Bahdanau tutorial's sum)."""
import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers=2):
        super().__init__()
        self.n_layers, self.hidden_size = n_layers, hidden_size
        self.gru = nn.GRU(input_size, hidden_size, n_layers, bidirectional=True)

    def forward(self, x):
        outputs, hidden = self.gru(x)
        outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]
        hidden = hidden.view(self.n_layers, 2, x.size(1), self.hidden_size).sum(1)
        return outputs, hidden


class DecoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers=2):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, n_layers)

    def forward(self, y, hidden):
        return self.gru(y, hidden)


def probe():
    enc, dec = EncoderRNN(5, 6), DecoderRNN(5, 6)
    enc_out, h = enc(torch.randn(7, 3, 5))
    out, h = dec(torch.randn(1, 3, 5), h)
    assert enc_out.shape == (7, 3, 6) and out.shape == (1, 3, 6)
