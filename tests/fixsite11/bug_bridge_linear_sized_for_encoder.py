# source: https://github.com/RUCAIBox/TextBox/issues/110 (and the bridge of
# https://github.com/bentrevett/pytorch-seq2seq, tutorial 3): the Linear that turns the
# encoder's final states into the decoder's first state is sized for the encoder's width, so
# the decoder GRU gets 2 * enc_hid features where it has dec_hid. Its out_features is the
# number to change.
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab, emb=6, enc_hid=8, dec_hid=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, enc_hid, bidirectional=True)
        self.bridge = nn.Linear(enc_hid * 2, enc_hid * 2)  # expect: LC009 error
        self.decoder = nn.GRU(emb, dec_hid)

    def forward(self, src, trg):
        _, hidden = self.encoder(self.embed(src))
        joined = torch.cat((hidden[-2], hidden[-1]), dim=1)
        state = torch.tanh(self.bridge(joined))
        output, _ = self.decoder(self.embed(trg), state.unsqueeze(0))
        return output


def probe():
    Seq2Seq(30, emb=6, enc_hid=8, dec_hid=12)(torch.randint(0, 30, (7, 3)), torch.randint(0, 30, (5, 3)))
