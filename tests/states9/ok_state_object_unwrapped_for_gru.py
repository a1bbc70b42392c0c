# torch: runs
# The state object keeps a tuple for every layer kind; the GRU decoder takes its first item.
import torch
from torch import nn


class DecoderState:
    def __init__(self, hidden):
        if not isinstance(hidden, tuple):
            self.hidden = (hidden,)
        else:
            self.hidden = hidden


class Translator(nn.Module):
    def __init__(self, emb=12, hidden=24, layers=2):
        super().__init__()
        self.enc = nn.GRU(emb, hidden, num_layers=layers, batch_first=True)
        self.dec = nn.GRU(emb, hidden, num_layers=layers, batch_first=True)

    def forward(self, src, tgt):
        _, h_n = self.enc(src)
        state = DecoderState(h_n)
        out, _ = self.dec(tgt, state.hidden[0])
        return out


def probe():
    Translator()(torch.randn(4, 9, 12), torch.randn(4, 6, 12))
