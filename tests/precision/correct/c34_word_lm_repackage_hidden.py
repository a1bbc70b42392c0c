"""Word language model: the corpus is batchified so every batch is full, and the hidden state
is carried (detached) from one BPTT window to the next."""
import torch
import torch.nn as nn


def batchify(data, bsz):
    nbatch = data.size(0) // bsz
    data = data.narrow(0, 0, nbatch * bsz)
    return data.view(bsz, -1).t().contiguous()


def repackage_hidden(h):
    if isinstance(h, torch.Tensor):
        return h.detach()
    return tuple(repackage_hidden(v) for v in h)


class WordLM(nn.Module):
    def __init__(self, ntoken, ninp, nhid, nlayers):
        super().__init__()
        self.nlayers, self.nhid = nlayers, nhid
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, nlayers, dropout=0.2)
        self.decoder = nn.Linear(nhid, ntoken)

    def init_hidden(self, bsz):
        return (torch.zeros(self.nlayers, bsz, self.nhid), torch.zeros(self.nlayers, bsz, self.nhid))

    def forward(self, src, hidden):
        out, hidden = self.rnn(self.encoder(src), hidden)
        return self.decoder(out), hidden


def train_epoch(corpus, batch_size, bptt):
    model = WordLM(ntoken=100, ninp=16, nhid=16, nlayers=2)
    data = batchify(corpus, batch_size)
    hidden = model.init_hidden(batch_size)
    for i in range(0, data.size(0) - 1, bptt):
        seq_len = min(bptt, data.size(0) - 1 - i)
        src, target = data[i:i + seq_len], data[i + 1:i + 1 + seq_len]
        hidden = repackage_hidden(hidden)
        output, hidden = model(src, hidden)
        loss = nn.functional.cross_entropy(output.view(-1, 100), target.reshape(-1))
        loss.backward()


def probe():
    train_epoch(torch.randint(0, 100, (203,)), batch_size=4, bptt=7)
