"""AWD-LSTM: the last layer's hidden size is the embedding size (tied weights)."""
import torch
import torch.nn as nn


class AWDLSTM(nn.Module):
    def __init__(self, ntoken, ninp, nhid, nlayers):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnns = [nn.LSTM(ninp if l == 0 else nhid, nhid if l != nlayers - 1 else ninp, 1)
                     for l in range(nlayers)]
        self.rnns = nn.ModuleList(self.rnns)
        self.decoder = nn.Linear(ninp, ntoken)
        self.decoder.weight = self.encoder.weight

    def forward(self, tokens):
        x = self.encoder(tokens)
        for rnn in self.rnns:
            x, _ = rnn(x)
        return self.decoder(x)


def probe():
    assert AWDLSTM(40, 10, 24, 3)(torch.randint(0, 40, (6, 2))).shape == (6, 2, 40)
