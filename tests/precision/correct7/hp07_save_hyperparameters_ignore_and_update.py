"""save_hyperparameters(ignore=...) then hparams.update(...) with sizes from the data before the
layers are built."""
import inspect

import torch
import torch.nn as nn


class AttributeDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__


class LightningModule(nn.Module):
    def save_hyperparameters(self, ignore=()):
        frame = inspect.currentframe().f_back
        self.hparams = AttributeDict({k: v for k, v in frame.f_locals.items()
                                      if k not in ("self", "__class__", *ignore)})


class Model(LightningModule):
    def __init__(self, vocab, embedding_dim=32, hidden_dim=16, num_layers=1):
        super().__init__()
        self.save_hyperparameters(ignore=["vocab"])
        self.hparams.update({"vocab_size": len(vocab), "embedding_dim": 12})
        self.emb = nn.Embedding(self.hparams.vocab_size, self.hparams.embedding_dim)
        self.rnn = nn.GRU(self.hparams.embedding_dim, self.hparams.hidden_dim, self.hparams.num_layers,
                          batch_first=True)
        self.out = nn.Linear(self.hparams.hidden_dim, self.hparams.vocab_size)

    def forward(self, x):
        return self.out(self.rnn(self.emb(x))[0])


def probe():
    vocab = list("abcdefg")
    assert Model(vocab)(torch.randint(0, 7, (2, 5))).shape == (2, 5, 7)
