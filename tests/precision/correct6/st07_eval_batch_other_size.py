"""init_hidden is called with each split's own batch size (train 16, eval 10), as in word_language_model."""
import torch
import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, ntoken=40, ninp=8, nhid=12, nlayers=2):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, nlayers, dropout=0.2)
        self.decoder = nn.Linear(nhid, ntoken)
        self.nhid, self.nlayers = nhid, nlayers

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return (weight.new_zeros(self.nlayers, bsz, self.nhid),
                weight.new_zeros(self.nlayers, bsz, self.nhid))

    def forward(self, x, hidden):
        out, hidden = self.rnn(self.encoder(x), hidden)
        return self.decoder(out), hidden


def evaluate(model, data, bsz):
    hidden = model.init_hidden(bsz)
    out, hidden = model(data, hidden)
    return out


def probe():
    model = RNNModel()
    train_batch_size, eval_batch_size = 16, 10
    hidden = model.init_hidden(train_batch_size)
    out, hidden = model(torch.randint(0, 40, (5, train_batch_size)), hidden)
    model.eval()
    out = evaluate(model, torch.randint(0, 40, (5, eval_batch_size)), eval_batch_size)
    assert out.shape == (5, 10, 40)
