"""Decoder input size written as emb + 2 * hidden from options (a bidirectional context)."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--emb", type=int, default=12)
parser.add_argument("--hidden", type=int, default=16)
args = parser.parse_args(["--emb=8"])


class AttnDecoder(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb + 2 * hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tok, context, h):
        x = torch.cat([self.embed(tok), context], dim=-1)
        y, h = self.rnn(x, h)
        return self.out(y), h


encoder = nn.GRU(args.emb, args.hidden, batch_first=True, bidirectional=True)
decoder = AttnDecoder(40, args.emb, args.hidden)


def probe():
    enc_out, _ = encoder(torch.randn(2, 9, args.emb))
    context = enc_out.mean(1, keepdim=True)
    logits, h = decoder(torch.randint(0, 40, (2, 1)), context, torch.zeros(1, 2, args.hidden))
    assert logits.shape == (2, 1, 40)
