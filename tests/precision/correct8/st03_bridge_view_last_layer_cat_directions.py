"""A bidirectional GRU encoder's h_n viewed (layers, 2, B, H); the last layer's two directions
joined, projected by a Linear with tanh and unsqueezed into a one-layer decoder."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, emb, enc_hid, dec_hid, layers):
        super().__init__()
        self.encoder = nn.GRU(emb, enc_hid, layers, bidirectional=True)
        self.fc = nn.Linear(enc_hid * 2, dec_hid)
        self.decoder = nn.GRU(emb, dec_hid)
        self.layers, self.enc_hid = layers, enc_hid

    def initial_decoder_state(self, h_n):
        batch = h_n.size(1)
        last = h_n.view(self.layers, 2, batch, self.enc_hid)[-1]
        joined = torch.cat([last[0], last[1]], dim=1)
        return torch.tanh(self.fc(joined)).unsqueeze(0)

    def forward(self, src, trg):
        _, h_n = self.encoder(src)
        out, _ = self.decoder(trg, self.initial_decoder_state(h_n))
        return out


def probe():
    model = Seq2Seq(6, 10, 14, 3)
    assert model(torch.randn(8, 2, 6), torch.randn(5, 2, 6)).shape == (5, 2, 14)
