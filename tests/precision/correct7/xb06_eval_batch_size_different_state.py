"""Training with batch 20 and evaluation with batch 10: init_hidden is called with each."""
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self, ntoken=30, ninp=8, nhid=12, nlayers=2):
        super().__init__()
        self.enc = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, nlayers)
        self.dec = nn.Linear(nhid, ntoken)
        self.nhid, self.nlayers = nhid, nlayers

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return (weight.new_zeros(self.nlayers, bsz, self.nhid), weight.new_zeros(self.nlayers, bsz, self.nhid))

    def forward(self, x, hidden):
        out, hidden = self.rnn(self.enc(x), hidden)
        return self.dec(out), hidden


def probe():
    model = LM()
    train_batch_size, eval_batch_size = 20, 10
    hidden = model.init_hidden(train_batch_size)
    out, hidden = model(torch.randint(0, 30, (35, train_batch_size)), hidden)
    hidden = model.init_hidden(eval_batch_size)
    out, hidden = model(torch.randint(0, 30, (35, eval_batch_size)), hidden)
    assert out.shape == (35, 10, 30)
