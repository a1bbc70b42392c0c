# torch: AttributeError: 'tuple' object has no attribute 'dim'
# A decoder-state object keeps `hidden` as a tuple whatever the encoder returns (a conditional
# expression on `not isinstance(..., tuple)`), and the GRU decoder is handed that tuple.
import torch
from torch import nn


class DecoderState:
    def __init__(self, hidden, context=None):
        self.hidden = (hidden,) if not isinstance(hidden, tuple) else hidden
        self.context = context


class Translator(nn.Module):
    def __init__(self, vocab=40, emb=12, hidden=24):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.enc = nn.GRU(emb, hidden, batch_first=True)
        self.dec = nn.GRU(emb, hidden, batch_first=True)

    def forward(self, src, tgt):
        memory, h_n = self.enc(self.embed(src))
        state = DecoderState(h_n, memory)
        out, h = self.dec(self.embed(tgt), state.hidden)  # fix: state.hidden[0] for a GRU
        return out


def probe():
    Translator()(torch.randint(0, 40, (4, 9)), torch.randint(0, 40, (4, 6)))
