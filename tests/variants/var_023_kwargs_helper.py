# source: variant of bug_023 (the helper forwards **kwargs to the LSTM; the caller passes one layer and a dropout)
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""bug_023 with a helper that forwards **kwargs: the tagger asks for one layer and dropout=0.5."""
import torch
import torch.nn as nn


def rnn_layer(insz, hsz, **kwargs):
    return nn.LSTM(insz, hsz, **kwargs)


class Tagger(nn.Module):
    def __init__(self, embed_dim, hsz, nc, layers=1, pdrop=0.5):
        super().__init__()
        self.rnn = rnn_layer(embed_dim, hsz, num_layers=layers, dropout=pdrop, bidirectional=True)  # fix: dropout=pdrop if layers > 1 else 0.0
        self.proj = nn.Linear(2 * hsz, nc)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.proj(out)


def probe():
    model = Tagger(20, 16, 5)
    model(torch.randn(7, 2, 20))


if __name__ == "__main__":
    probe()
