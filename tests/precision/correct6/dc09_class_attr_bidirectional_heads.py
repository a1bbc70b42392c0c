"""A class attribute says the encoder is bidirectional; the decoder's init bridge reads the same one."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    bidirectional = True
    enc_hidden = 16

    def __init__(self, emb=8, dec_hidden=32):
        super().__init__()
        self.encoder = nn.GRU(emb, self.enc_hidden, batch_first=True, bidirectional=self.bidirectional)
        self.bridge = nn.Linear(self.enc_hidden * (2 if self.bidirectional else 1), dec_hidden)
        self.decoder = nn.GRU(emb, dec_hidden, batch_first=True)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = torch.cat([h[0], h[1]], dim=-1) if self.bidirectional else h[0]
        h0 = torch.tanh(self.bridge(h)).unsqueeze(0)
        return self.decoder(tgt, h0)[0]


def probe():
    out = Seq2Seq()(torch.randn(2, 5, 8), torch.randn(2, 4, 8))
    assert out.shape == (2, 4, 32)
