"""Builds the package's models with non-default sizes; every pairing agrees."""
import torch

from .model import Decoder, Encoder, Tagger, smoke_test


def build(vocab, n_tags):
    return Tagger(vocab, n_tags, emb_dim=16, hidden=24, num_layers=2, bidirectional=True)


def seq2seq_step(src, tgt):
    encoder = Encoder(n_in=5, hidden=12, layers=3)
    decoder = Decoder(n_in=4, hidden=12, layers=3)
    return decoder(tgt, encoder(src))


def probe():
    smoke_test()
    tagger = build(vocab=30, n_tags=7)
    assert tagger(torch.randint(0, 30, (3, 5))).shape == (3, 5, 7)
    assert seq2seq_step(torch.randn(6, 2, 5), torch.randn(3, 2, 4)).shape == (3, 2, 12)
