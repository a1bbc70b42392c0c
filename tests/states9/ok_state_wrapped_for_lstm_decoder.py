# torch: runs
# A GRU encoder's bare state is made a pair for the LSTM decoder (a zero cell state); an LSTM
# encoder's pair is passed on as it is.
import torch
import torch.nn as nn


def as_lstm_state(final):
    if not isinstance(final, tuple):
        return (final, torch.zeros_like(final))
    return final


class Seq2Seq(nn.Module):
    def __init__(self, emb_dim, hid_dim):
        super().__init__()
        self.encoder = nn.GRU(emb_dim, hid_dim)
        self.decoder = nn.LSTM(emb_dim, hid_dim)

    def forward(self, src, tgt):
        _, final = self.encoder(src)
        out, _ = self.decoder(tgt, as_lstm_state(final))
        return out


def probe():
    Seq2Seq(8, 16)(torch.randn(7, 3, 8), torch.randn(5, 3, 8))
