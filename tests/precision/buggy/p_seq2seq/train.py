# expect: LC009 line 10
"""The decoder is built with another depth than the encoder whose state it takes."""
import torch

from model import Decoder, Encoder


def train():
    encoder = Encoder(vocab=50, emb=8, hidden=16, n_layers=2)
    decoder = Decoder(vocab=40, emb=8, hidden=16, n_layers=1)  # fix: n_layers=2
    state = encoder(torch.randint(0, 50, (3, 9)))
    logits, _ = decoder(torch.randint(0, 40, (3, 4)), state)
    return logits


def probe():
    train()
