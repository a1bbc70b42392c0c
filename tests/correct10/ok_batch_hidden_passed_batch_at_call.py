"""The training loop passes each batch's size to init_hidden, the way the PyTorch word
language model example does."""
import torch
import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, ntoken=50, ninp=16, nhid=16, nlayers=2):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, nlayers)
        self.decoder = nn.Linear(nhid, ntoken)
        self.nhid, self.nlayers = nhid, nlayers

    def forward(self, inp, hidden):
        output, hidden = self.rnn(self.encoder(inp), hidden)
        return self.decoder(output), hidden

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return (weight.new_zeros(self.nlayers, bsz, self.nhid),
                weight.new_zeros(self.nlayers, bsz, self.nhid))


def probe():
    model = RNNModel()
    train_batch_size, eval_batch_size = 20, 10
    hidden = model.init_hidden(train_batch_size)
    model(torch.randint(0, 50, (35, train_batch_size)), hidden)
    hidden = model.init_hidden(eval_batch_size)
    model(torch.randint(0, 50, (35, eval_batch_size)), hidden)
