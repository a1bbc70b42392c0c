"""A Lightning-like module keeps its hyper-parameters in a Namespace; the BiGRU's head is
hparams.hidden * 2 and the states are made from the batch."""
from argparse import Namespace

import torch
import torch.nn as nn


class LitTagger(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.hparams = Namespace(**kwargs)
        hp = self.hparams
        self.gru = nn.GRU(hp.n_in, hp.hidden, hp.layers, batch_first=True, bidirectional=True,
                          dropout=hp.dropout if hp.layers > 1 else 0.0)
        self.head = nn.Linear(hp.hidden * 2, hp.n_tags)

    def forward(self, x):
        h0 = x.new_zeros(2 * self.hparams.layers, x.size(0), self.hparams.hidden)
        out, _ = self.gru(x, h0)
        return self.head(out)

    def training_step(self, batch, batch_idx):
        x, y = batch
        logits = self(x)
        return nn.functional.cross_entropy(logits.reshape(-1, self.hparams.n_tags), y.reshape(-1))


model = LitTagger(n_in=5, hidden=7, layers=2, dropout=0.3, n_tags=4)
loss = model.training_step((torch.randn(3, 6, 5), torch.randint(0, 4, (3, 6))), 0)


def probe():
    assert loss.dim() == 0
