# source: https://github.com/pytorch-lifestream/pytorch-lifestream/issues/107
# rule: LC009
# torch: RuntimeError: Expected hidden size (3, 4, 6), got [1, 4, 6]
"""pytorch-lifestream RnnEncoder: the learnable GRU starter state is sized (num_dir, 1, H) and
expanded over the batch, which only fits a one-layer GRU; with num_layers=3 the GRU rejects it
(fixed in PR #109 by sizing it num_layers * num_dir)."""
import warnings

import torch
from torch import nn as nn


class PaddedBatch:
    def __init__(self, payload, length):
        self.payload = payload
        self.seq_lens = length


class RnnEncoder(nn.Module):
    def __init__(self,
                 input_size=None,
                 hidden_size=None,
                 type='gru',
                 bidir=False,
                 num_layers=1,
                 dropout=0,
                 trainable_starter='static',
                 ):
        super().__init__()
        self.hidden_size = hidden_size
        self.rnn_type = type
        self.bidirectional = bidir
        if self.bidirectional:
            warnings.warn("Backward direction in bidir RNN takes into account paddings at the end of sequences!")
        self.trainable_starter = trainable_starter
        if self.rnn_type == 'lstm':
            self.rnn = nn.LSTM(
                input_size,
                self.hidden_size,
                num_layers=num_layers,
                batch_first=True,
                bidirectional=self.bidirectional,
                dropout=dropout)
        elif self.rnn_type == 'gru':
            self.rnn = nn.GRU(
                input_size,
                self.hidden_size,
                num_layers=num_layers,
                batch_first=True,
                bidirectional=self.bidirectional,
                dropout=dropout)
        else:
            raise Exception(f'wrong rnn type "{self.rnn_type}"')
        if self.trainable_starter == 'static':
            num_dir = 2 if self.bidirectional else 1
            self.starter_h = nn.Parameter(torch.randn(num_dir, 1, self.hidden_size))  # fix: one starter row per layer and direction: torch.randn(num_layers * num_dir, 1, self.hidden_size)

    def forward(self, x: PaddedBatch, h_0: torch.Tensor = None):
        shape = x.payload.size()
        if self.trainable_starter == 'static':
            starter_h = torch.tanh(self.starter_h.expand(-1, shape[0], -1).contiguous())
            if h_0 is None:
                h_0 = starter_h
        if self.rnn_type == 'lstm':
            out, _ = self.rnn(x.payload)
        elif self.rnn_type == 'gru':
            out, _ = self.rnn(x.payload, h_0)
        return PaddedBatch(out, x.seq_lens)


def probe():
    model = RnnEncoder(input_size=5, hidden_size=6, type='gru', num_layers=3)
    x = PaddedBatch(torch.arange(4 * 8 * 5).view(4, 8, 5).float(), torch.tensor([4, 2, 6, 8]))
    model(x)


if __name__ == "__main__":
    probe()
