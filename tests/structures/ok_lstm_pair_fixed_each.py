# source: a correct look-alike of OpenNMT-py's translator after the fix for issue 86 (torch runs it)
# torch: runs
# A bidirectional encoder's final state merged direction by direction: each tensor of an LSTM's
# pair, a GRU's one tensor whole.
import torch
import torch.nn as nn


def fix_enc_hidden(h):
    return torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2)


class Translator(nn.Module):
    def __init__(self, rnn_type, dim, layers):
        super().__init__()
        self.encoder = getattr(nn, rnn_type)(dim, dim // 2, num_layers=layers, bidirectional=True)
        self.decoder = getattr(nn, rnn_type)(dim, dim, num_layers=layers)

    def forward(self, src, tgt):
        _, states = self.encoder(src)
        if isinstance(states, tuple):
            states = tuple(fix_enc_hidden(s) for s in states)
        else:
            states = fix_enc_hidden(states)
        out, _ = self.decoder(tgt, states)
        return out


def probe():
    Translator("LSTM", 16, 2)(torch.zeros(7, 3, 16), torch.zeros(5, 3, 16))
    Translator("GRU", 16, 2)(torch.zeros(7, 3, 16), torch.zeros(5, 3, 16))
