"""word_language_model's repackage_hidden: the state kept across bptt chunks, detached recursively,
re-made at each epoch with the batch size batchify used."""
import torch
import torch.nn as nn


def repackage_hidden(h):
    if isinstance(h, torch.Tensor):
        return h.detach()
    return tuple(repackage_hidden(v) for v in h)


class RNNModel(nn.Module):
    def __init__(self, rnn_type, ntoken=30, ninp=6, nhid=8, nlayers=2):
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


def train_epoch(model, data, batch_size, bptt=5):
    hidden = model.init_hidden(batch_size)
    for i in range(0, data.size(0) - 1, bptt):
        hidden = repackage_hidden(hidden)
        out, hidden = model(data[i:i + bptt], hidden)
    return out


def probe():
    data = torch.randint(0, 30, (23, 4))
    for kind in ("LSTM", "GRU"):
        out = train_epoch(RNNModel(kind), data, 4)
        assert out.shape[1:] == (4, 30)
