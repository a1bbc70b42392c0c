"""hparams read with ["key"] (Lightning accepts both), one derived value stored back."""
import inspect

import torch
import torch.nn as nn


class AttributeDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__


class LightningModule(nn.Module):
    def save_hyperparameters(self):
        frame = inspect.currentframe().f_back
        self.hparams = AttributeDict({k: v for k, v in frame.f_locals.items()
                                      if k not in ("self", "__class__")})


class Tagger(LightningModule):
    def __init__(self, vocab_size=100, embedding_dim=16, hidden_dim=20, bidirectional=True, num_tags=5):
        super().__init__()
        self.save_hyperparameters()
        self.hparams["rnn_out"] = self.hparams["hidden_dim"] * (2 if self.hparams["bidirectional"] else 1)
        self.embedding = nn.Embedding(self.hparams["vocab_size"], self.hparams["embedding_dim"])
        self.rnn = nn.LSTM(self.hparams["embedding_dim"], self.hparams["hidden_dim"],
                           batch_first=True, bidirectional=self.hparams["bidirectional"])
        self.fc = nn.Linear(self.hparams["rnn_out"], self.hparams["num_tags"])

    def forward(self, x):
        return self.fc(self.rnn(self.embedding(x))[0])


def probe():
    assert Tagger()(torch.randint(0, 100, (2, 6))).shape == (2, 6, 5)
    assert Tagger(bidirectional=False)(torch.randint(0, 100, (2, 6))).shape == (2, 6, 5)
