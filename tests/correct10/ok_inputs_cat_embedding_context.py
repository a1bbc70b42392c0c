"""An attention decoder's GRU takes the embedding and the context concatenated, and is
sized for their sum."""
import torch
import torch.nn as nn


class AttnDecoder(nn.Module):
    def __init__(self, vocab=40, emb=12, enc_hidden=20, hidden=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb + enc_hidden, hidden)

    def forward(self, token, context, h):
        x = torch.cat((self.embed(token), context), dim=2)
        return self.gru(x, h)


def probe():
    AttnDecoder()(torch.randint(0, 40, (1, 3)), torch.randn(1, 3, 20), torch.zeros(1, 3, 16))
