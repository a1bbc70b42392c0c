"""A Lightning-style module that takes an hparams dict and keeps it; sizes read back in forward."""
import torch
import torch.nn as nn


class Module(nn.Module):
    def __init__(self, hparams):
        super().__init__()
        self.hparams = dict(hparams)
        self.rnn = nn.GRU(self.hparams["input_dim"], self.hparams["hidden_dim"],
                          self.hparams["n_layers"], batch_first=True,
                          bidirectional=self.hparams["bidirectional"])

    def forward(self, x):
        rows = self.hparams["n_layers"] * (2 if self.hparams["bidirectional"] else 1)
        h0 = x.new_zeros(rows, x.size(0), self.hparams["hidden_dim"])
        return self.rnn(x, h0)[0]


def probe():
    hp = {"input_dim": 4, "hidden_dim": 6, "n_layers": 2, "bidirectional": True}
    out = Module(hp)(torch.randn(2, 5, 4))
    assert out.shape == (2, 5, 12)
