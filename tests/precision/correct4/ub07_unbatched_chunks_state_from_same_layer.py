"""One unbatched signal (T, 1) split into chunks; the state carried from chunk to chunk is the
same layer's h_n of the previous 2-D chunk, (layers, H), as torch wants for a 2-D chunk."""
import torch
import torch.nn as nn

lstm = nn.LSTM(1, 5, num_layers=2)


def stream(signal):
    state = None
    for piece in signal.split(4):
        out, state = lstm(piece, state)
    return out


last = stream(torch.randn(13, 1))


def probe():
    result = stream(torch.randn(13, 1)).shape
    assert result == (1, 5)
