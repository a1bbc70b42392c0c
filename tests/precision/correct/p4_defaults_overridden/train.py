"""Builds encoder and decoder with the same depth and width."""
import torch

from model import Decoder, Encoder, Seq2Seq


def build(src_vocab, tgt_vocab, hidden, layers):
    encoder = Encoder(src_vocab, hidden=hidden, n_layers=layers)
    decoder = Decoder(tgt_vocab, hidden=hidden, n_layers=layers)
    return Seq2Seq(encoder, decoder)


def probe():
    model = build(30, 20, hidden=16, layers=3)
    logits = model(torch.randint(0, 30, (2, 7)), torch.randint(0, 20, (2, 5)))
    assert logits.shape == (2, 5, 20)


if __name__ == "__main__":
    build(8000, 6000, hidden=256, layers=2)
