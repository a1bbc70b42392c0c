# source: https://github.com/mead-ml/mead-baseline/pull/40
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""mead-baseline's helper passes the one dropout value of the config to every RNN it builds;
the twpos and iwslt configs use one layer, so torch warns."""
import torch
import torch.nn as nn


def pytorch_lstm(insz, hsz, rnntype, nlayers, dropout, unif=0, batch_first=False):
    ndir = 2 if rnntype.startswith("b") else 1
    rnn = torch.nn.LSTM(insz, hsz, nlayers, dropout=dropout, bidirectional=True if ndir > 1 else False, batch_first=batch_first)  # fix: dropout=0.0 when nlayers == 1 (what the PR does)
    return rnn, ndir * hsz


class TaggerModel(nn.Module):
    def __init__(self, embed_dim, **kwargs):
        super().__init__()
        hsz = int(kwargs["hsz"])
        layers = int(kwargs.get("layers", 1))
        rnntype = kwargs.get("rnntype", "blstm")
        pdrop = float(kwargs.get("dropout", 0.5))
        self.rnn, out_hsz = pytorch_lstm(embed_dim, hsz, rnntype, layers, pdrop)
        self.proj = nn.Linear(out_hsz, kwargs["nc"])

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.proj(out)


def probe():
    model = TaggerModel(20, hsz=16, layers=1, rnntype="blstm", dropout=0.5, nc=5)
    model(torch.randn(7, 2, 20))


if __name__ == "__main__":
    probe()
