"""Luong 'general' attention over a bidirectional GRU encoder: the encoder's outputs are
2*hidden wide, so the score projects the decoder state (hidden) to 2*hidden before the bmm."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Attention(nn.Module):
    def __init__(self, enc_dim, dec_dim):
        super().__init__()
        self.W = nn.Linear(dec_dim, enc_dim, bias=False)

    def forward(self, dec_h, enc_out):
        # dec_h: (B, dec_dim); enc_out: (B, T, enc_dim)
        scores = torch.bmm(enc_out, self.W(dec_h).unsqueeze(2)).squeeze(2)
        weights = F.softmax(scores, dim=1)
        return torch.bmm(weights.unsqueeze(1), enc_out).squeeze(1)


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.decoder = nn.GRUCell(n_in + 2 * hidden, hidden)
        self.attn = Attention(2 * hidden, hidden)

    def forward(self, src, tgt):
        enc_out, _ = self.encoder(src)
        h = src.new_zeros(src.size(0), self.decoder.hidden_size)
        outs = []
        for t in range(tgt.size(1)):
            ctx = self.attn(h, enc_out)
            h = self.decoder(torch.cat([tgt[:, t], ctx], dim=1), h)
            outs.append(h)
        return torch.stack(outs, 1)


def probe():
    result = Model(6, 10)(torch.randn(3, 7, 6), torch.randn(3, 4, 6)).shape
    assert result == (3, 4, 10)
