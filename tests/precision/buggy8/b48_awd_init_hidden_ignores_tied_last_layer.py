# expect: LC009 line 18
"""AWD-LSTM with tied weights: the last layer is ninp wide, but init_hidden gives every layer
nhid."""
import torch
import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, ntoken, ninp, nhid, nlayers):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnns = nn.ModuleList([nn.LSTM(ninp if l == 0 else nhid, nhid if l != nlayers - 1 else ninp, 1)
                                   for l in range(nlayers)])
        self.nhid, self.nlayers = nhid, nlayers

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return [(weight.new_zeros(1, bsz, self.nhid), weight.new_zeros(1, bsz, self.nhid))  # fix: ninp for the last layer
                for l in range(self.nlayers)]

    def forward(self, input, hidden):
        output = self.encoder(input)
        for l, rnn in enumerate(self.rnns):
            output, _ = rnn(output, hidden[l])
        return output


def probe():
    model = RNNModel(50, 12, 20, 3)
    model(torch.randint(0, 50, (7, 4)), model.init_hidden(4))
