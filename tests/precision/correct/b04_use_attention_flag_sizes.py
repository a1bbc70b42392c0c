"""use_attention adds the context to the decoder input; the size follows the flag."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, emb, hidden, use_attention=False):
        super().__init__()
        self.use_attention = use_attention
        self.rnn = nn.GRU(emb + (hidden if use_attention else 0), hidden, batch_first=True)

    def forward(self, y, h, enc_out):
        if self.use_attention:
            scores = torch.bmm(enc_out, h[-1].unsqueeze(2)).softmax(1)
            ctx = (scores * enc_out).sum(1, keepdim=True).expand(-1, y.size(1), -1)
            y = torch.cat([y, ctx], dim=2)
        return self.rnn(y, h)[0]


def probe():
    enc_out, h = torch.randn(2, 7, 9), torch.zeros(1, 2, 9)
    for flag in (True, False):
        assert Decoder(4, 9, use_attention=flag)(torch.randn(2, 3, 4), h, enc_out).shape == (2, 3, 9)
