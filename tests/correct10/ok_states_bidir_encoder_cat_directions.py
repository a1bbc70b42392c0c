"""A bidirectional encoder's last forward and backward states are concatenated and fed to a
decoder whose hidden size is twice the encoder's."""
import torch
import torch.nn as nn


class Translator(nn.Module):
    def __init__(self, vocab=50, emb=12, hidden=10):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, bidirectional=True, batch_first=True)
        self.decoder = nn.LSTM(emb, hidden * 2, batch_first=True)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(self.embed(src))
        h = torch.cat([h[0], h[1]], dim=1).unsqueeze(0)
        c = torch.cat([c[0], c[1]], dim=1).unsqueeze(0)
        out, _ = self.decoder(self.embed(tgt), (h, c))
        return out


def probe():
    Translator()(torch.randint(0, 50, (3, 9)), torch.randint(0, 50, (3, 4)))
