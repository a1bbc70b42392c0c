"""Two layers for both encoder and decoder from one NUM_LAYERS; the decoder's state is the
encoder's final state: equal depth by design."""
import torch
import torch.nn as nn

NUM_LAYERS = 2
HIDDEN = 8

encoder = nn.LSTM(4, HIDDEN, NUM_LAYERS, dropout=0.3)
decoder = nn.LSTM(4, HIDDEN, NUM_LAYERS, dropout=0.3)


def probe():
    _, state = encoder(torch.randn(6, 2, 4))
    out, _ = decoder(torch.randn(3, 2, 4), state)
    assert out.shape == (3, 2, HIDDEN)
