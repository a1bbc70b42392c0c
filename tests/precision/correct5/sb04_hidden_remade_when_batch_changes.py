"""Stateful LM (PyTorch word_language_model style): the hidden state is carried across
batches and re-made whenever the batch size changes (the evaluation set's batch of 10)."""
import torch
import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, ntoken, ninp, nhid, nlayers):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, nlayers)
        self.decoder = nn.Linear(nhid, ntoken)
        self.nhid, self.nlayers = nhid, nlayers

    def forward(self, input, hidden):
        output, hidden = self.rnn(self.encoder(input), hidden)
        return self.decoder(output), hidden

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return (weight.new_zeros(self.nlayers, bsz, self.nhid),
                weight.new_zeros(self.nlayers, bsz, self.nhid))


def repackage_hidden(h):
    if isinstance(h, torch.Tensor):
        return h.detach()
    return tuple(repackage_hidden(v) for v in h)


def run(model, batches):
    hidden = None
    for data in batches:
        if hidden is None or hidden[0].size(1) != data.size(1):
            hidden = model.init_hidden(data.size(1))
        hidden = repackage_hidden(hidden)
        output, hidden = model(data, hidden)
    return output


def probe():
    model = RNNModel(40, 8, 16, 2)
    run(model, [torch.randint(0, 40, (5, 20)), torch.randint(0, 40, (5, 20)), torch.randint(0, 40, (5, 10))])
