# The tutorial's bridge: the Linear maps both directions to the decoder's width: correct.
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab, emb=6, enc_hid=8, dec_hid=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, enc_hid, bidirectional=True)
        self.bridge = nn.Linear(enc_hid * 2, dec_hid)
        self.decoder = nn.GRU(emb, dec_hid)

    def forward(self, src, trg):
        _, hidden = self.encoder(self.embed(src))
        joined = torch.cat((hidden[-2], hidden[-1]), dim=1)
        state = torch.tanh(self.bridge(joined))
        output, _ = self.decoder(self.embed(trg), state.unsqueeze(0))
        return output


def probe():
    Seq2Seq(30, emb=6, enc_hid=8, dec_hid=12)(torch.randint(0, 30, (7, 3)), torch.randint(0, 30, (5, 3)))
