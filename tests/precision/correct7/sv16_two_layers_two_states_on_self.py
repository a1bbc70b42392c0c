"""Two recurrent layers on one object, each with its own state on self: a bidirectional encoder's
and a one-way decoder's, made by two methods."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.decoder = nn.GRU(n_in, hidden, layers)
        self.hidden, self.layers = hidden, layers

    def init_encoder_state(self, batch):
        self.enc_state = torch.zeros(2 * self.layers, batch, self.hidden)

    def init_decoder_state(self, batch):
        self.dec_state = torch.zeros(self.layers, batch, self.hidden)

    def forward(self, src, tgt):
        self.init_encoder_state(src.size(1))
        self.init_decoder_state(tgt.size(1))
        memory, _ = self.encoder(src, self.enc_state)
        out, _ = self.decoder(tgt, self.dec_state)
        return memory, out


def probe():
    memory, out = Model(3, 5, 2)(torch.randn(7, 4, 3), torch.randn(2, 4, 3))
    assert memory.shape == (7, 4, 10) and out.shape == (2, 4, 5)
