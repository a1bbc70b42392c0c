"""repackage_hidden from the word language model: detach a tensor or a tuple of tensors,
so one helper serves both GRU and LSTM states."""
import torch
import torch.nn as nn


def repackage_hidden(h):
    if isinstance(h, torch.Tensor):
        return h.detach()
    return tuple(repackage_hidden(v) for v in h)


class RNNModel(nn.Module):
    def __init__(self, rnn_type, ntoken, ninp, nhid, nlayers):
        super().__init__()
        self.rnn_type, self.nhid, self.nlayers = rnn_type, nhid, nlayers
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = getattr(nn, rnn_type)(ninp, nhid, nlayers)
        self.decoder = nn.Linear(nhid, ntoken)

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        if self.rnn_type == "LSTM":
            return (weight.new_zeros(self.nlayers, bsz, self.nhid),
                    weight.new_zeros(self.nlayers, bsz, self.nhid))
        return weight.new_zeros(self.nlayers, bsz, self.nhid)

    def forward(self, x, hidden):
        out, hidden = self.rnn(self.encoder(x), hidden)
        return self.decoder(out), hidden


def probe():
    for kind in ("LSTM", "GRU"):
        model = RNNModel(kind, 30, 6, 10, 2)
        hidden = model.init_hidden(4)
        for _ in range(2):
            hidden = repackage_hidden(hidden)
            out, hidden = model(torch.randint(0, 30, (5, 4)), hidden)
        assert out.shape == (5, 4, 30)
