"""AWD-LSTM-like stack: each layer's sizes differ, the last layer's width equals the embedding
for weight tying; the states are a list, one per layer."""
import torch
import torch.nn as nn


class AWDStack(nn.Module):
    def __init__(self, ntoken, ninp, nhid, nlayers):
        super().__init__()
        self.ninp, self.nhid, self.nlayers = ninp, nhid, nlayers
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnns = nn.ModuleList([
            nn.LSTM(ninp if l == 0 else nhid, nhid if l != nlayers - 1 else ninp, 1)
            for l in range(nlayers)
        ])
        self.decoder = nn.Linear(ninp, ntoken)
        self.decoder.weight = self.encoder.weight

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return [(weight.new_zeros(1, bsz, self.nhid if l != self.nlayers - 1 else self.ninp),
                 weight.new_zeros(1, bsz, self.nhid if l != self.nlayers - 1 else self.ninp))
                for l in range(self.nlayers)]

    def forward(self, tokens, hidden):
        output = self.encoder(tokens)
        new_hidden = []
        for l, rnn in enumerate(self.rnns):
            output, new_h = rnn(output, hidden[l])
            new_hidden.append(new_h)
        return self.decoder(output), new_hidden


def probe():
    model = AWDStack(ntoken=50, ninp=6, nhid=14, nlayers=3)
    hidden = model.init_hidden(2)
    logits, hidden = model(torch.randint(0, 50, (5, 2)), hidden)
    assert logits.shape == (5, 2, 50)
