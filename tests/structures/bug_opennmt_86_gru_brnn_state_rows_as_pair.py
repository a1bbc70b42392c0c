# source: https://github.com/OpenNMT/OpenNMT-py/issues/86
# torch: IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
# "got an error when translate a GRU -brnn model": the translator merges the directions of the
# encoder's final state item by item, (fix(states[0]), fix(states[1])), written for an LSTM's
# (h, c). A GRU's final state is one (layers * 2, batch, dim) tensor: states[0] is its first
# row, 2-D, and h.size(2) in the merge is out of range.
import torch
import torch.nn as nn


def fix_enc_hidden(h):
    # (layers * directions, batch, dim) -> (layers, batch, directions * dim)
    return h.view(h.size(0) // 2, 2, h.size(1), h.size(2)).transpose(1, 2).contiguous() \
        .view(h.size(0) // 2, h.size(1), h.size(2) * 2)


class Translator(nn.Module):
    def __init__(self, vocab, dim, layers):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = nn.GRU(dim, dim // 2, num_layers=layers, bidirectional=True)
        self.decoder = nn.GRU(dim, dim, num_layers=layers)

    def forward(self, src, tgt):
        context, enc_states = self.encoder(self.embed(src))
        first = enc_states[0]  # fix: a GRU's state is one tensor, not (h, c): fix_enc_hidden(enc_states) whole
        second = enc_states[1]
        dec_states = (fix_enc_hidden(first), fix_enc_hidden(second))
        out, _ = self.decoder(self.embed(tgt), dec_states[0])
        return out


def probe():
    model = Translator(30, 16, 2)
    model(torch.randint(0, 30, (7, 3)), torch.randint(0, 30, (5, 3)))
