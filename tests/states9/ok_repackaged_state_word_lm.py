# torch: runs
# torch's word-language-model loop: init_hidden builds (h, c) for an LSTM and h for a GRU,
# both with the layer's rows; repackage_hidden detaches either form.
import torch
import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, rnn_type, ntoken, ninp, nhid, nlayers):
        super().__init__()
        self.rnn_type, self.nhid, self.nlayers = rnn_type, nhid, nlayers
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = getattr(nn, rnn_type)(ninp, nhid, nlayers)
        self.decoder = nn.Linear(nhid, ntoken)

    def forward(self, input, hidden):
        output, hidden = self.rnn(self.encoder(input), hidden)
        return self.decoder(output), hidden

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        if self.rnn_type == 'LSTM':
            return (weight.new_zeros(self.nlayers, bsz, self.nhid),
                    weight.new_zeros(self.nlayers, bsz, self.nhid))
        return weight.new_zeros(self.nlayers, bsz, self.nhid)


def repackage_hidden(h):
    if isinstance(h, torch.Tensor):
        return h.detach()
    else:
        return tuple(repackage_hidden(v) for v in h)


def train(model, batches, bsz):
    hidden = model.init_hidden(bsz)
    for data in batches:
        hidden = repackage_hidden(hidden)
        output, hidden = model(data, hidden)


def probe():
    for kind in ("LSTM", "GRU"):
        model = RNNModel(kind, 100, 12, 20, 2)
        train(model, [torch.randint(0, 100, (7, 5)) for _ in range(2)], 5)
