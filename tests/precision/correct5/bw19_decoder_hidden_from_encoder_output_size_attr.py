"""The encoder publishes hidden_size * 2 when bidirectional; the decoder's attention takes it."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, emb, hidden_size, bidirectional=True):
        super().__init__()
        self.rnn = nn.GRU(emb, hidden_size, batch_first=True, bidirectional=bidirectional)
        self.hidden_size = hidden_size * 2 if bidirectional else hidden_size

    def forward(self, x):
        return self.rnn(x)[0]


class Decoder(nn.Module):
    def __init__(self, enc_size, dec_size):
        super().__init__()
        self.attn = nn.Linear(enc_size, dec_size)

    def forward(self, memory, query):      # memory (B, L, E), query (B, D)
        scores = torch.bmm(self.attn(memory), query.unsqueeze(2)).squeeze(2)
        return scores.softmax(-1)


def probe():
    enc = Encoder(4, 5)
    dec = Decoder(enc.hidden_size, 7)
    assert dec(enc(torch.randn(2, 6, 4)), torch.randn(2, 7)).shape == (2, 6)
