"""AWD-LSTM's per-layer states: `[(new_zeros(1, bsz, nhid if l != nlayers - 1 else (ninp if
tie_weights else nhid)), ...) for l in range(nlayers)]`, matching layers whose last one is ninp
wide when the weights are tied."""
import torch
import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, ntoken, ninp, nhid, nlayers, tie_weights=False):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnns = nn.ModuleList([
            nn.LSTM(ninp if l == 0 else nhid,
                    nhid if l != nlayers - 1 else (ninp if tie_weights else nhid), 1)
            for l in range(nlayers)])
        self.decoder = nn.Linear(ninp if tie_weights else nhid, ntoken)
        if tie_weights:
            self.decoder.weight = self.encoder.weight
        self.ninp, self.nhid, self.nlayers, self.tie_weights = ninp, nhid, nlayers, tie_weights

    def init_hidden(self, bsz):
        weight = next(self.parameters()).data
        return [(weight.new_zeros(1, bsz, self.nhid if l != self.nlayers - 1 else
                                  (self.ninp if self.tie_weights else self.nhid)),
                 weight.new_zeros(1, bsz, self.nhid if l != self.nlayers - 1 else
                                  (self.ninp if self.tie_weights else self.nhid)))
                for l in range(self.nlayers)]

    def forward(self, input, hidden):
        output = self.encoder(input)
        new_hidden = []
        for l, rnn in enumerate(self.rnns):
            output, new_h = rnn(output, hidden[l])
            new_hidden.append(new_h)
        return self.decoder(output), new_hidden


def probe():
    for tie in (True, False):
        model = RNNModel(50, 12, 20, 3, tie_weights=tie)
        out, hidden = model(torch.randint(0, 50, (7, 4)), model.init_hidden(4))
        out, hidden = model(torch.randint(0, 50, (7, 4)), hidden)
        assert out.shape == (7, 4, 50)
