# expect: LC009 line 23
"""A helper makes every encoder state a tuple (`(h,)` for a tensor) and the GRU decoder is
handed the tuple."""
import torch
import torch.nn as nn


def to_state_tuple(final):
    if isinstance(final, torch.Tensor):
        return (final,)
    return tuple(final)


class Seq2Seq(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, 2)
        self.decoder = nn.GRU(n_in, hidden, 2)

    def forward(self, src, tgt):
        _, final = self.encoder(src)
        state = to_state_tuple(final)
        return self.decoder(tgt, state)[0]  # fix: state[0], a GRU takes the tensor


def probe():
    Seq2Seq(4, 6)(torch.randn(5, 2, 4), torch.randn(3, 2, 4))
