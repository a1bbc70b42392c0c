# source: variant of bug_018 (the dropout from a dataclass field; num_layers hard-coded)
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""bug_018 with a dataclass of options: the encoder's LSTM keeps num_layers=1 and takes the
model dropout, which a one-layer LSTM never applies."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class EncoderOptions:
    word_emb_dim: int = 20
    enc_lstm_dim: int = 10
    n_enc_layers: int = 1
    dpout_model: float = 0.5


class BLSTMEncoder(nn.Module):
    def __init__(self, opts: EncoderOptions):
        super().__init__()
        self.enc_lstm = nn.LSTM(opts.word_emb_dim, opts.enc_lstm_dim, 1, bidirectional=True, dropout=opts.dpout_model)  # fix: no dropout on a one-layer LSTM (or num_layers=opts.n_enc_layers > 1)

    def forward(self, sent):
        return torch.max(self.enc_lstm(sent)[0], 0)[0]


def probe():
    encoder = BLSTMEncoder(EncoderOptions())
    encoder(torch.randn(6, 4, 20))


if __name__ == "__main__":
    probe()
